import { eachSection } from '../../walk.js'
import { leadingPosition } from '../lists.js'
import type { Rule } from '../types.js'

/** A marker with no heading text. */
export const headingEmpty: Rule = {
  id: 'heading-empty',
  description: 'A heading has a marker but no text.',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n正文。\n二、。正文写在这里。',
    passes: '一、总体\n正文。\n二、任务\n正文写在这里。',
  },
  check({ doc, report }) {
    eachSection(doc.sections, (s) => {
      if (s.text.trim() !== '') return
      const place = leadingPosition(s.headingPosition ?? s.position, s.marker?.raw.length ?? 1)
      report(
        {
          zh: `标题“${s.marker?.raw ?? ''}”缺少文字`,
          en: `empty heading: "${s.marker?.raw ?? ''}" has no text`,
        },
        place,
      )
    })
  },
}
