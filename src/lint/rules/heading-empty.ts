import { eachSection } from '../../walk.js'
import { leadingPosition } from '../lists.js'
import type { Rule } from '../types.js'

/**
 * `heading-empty` — 标题缺少文字.
 *
 * A heading has a marker and no text: "二、。" or a marker followed straight by the sentence end.
 * Fix: write the heading, or remove the marker.
 *
 * Default severity: `error` (speech), `error` (gbt9704).
 *
 * @example fails 3:1
 * 一、总体
 * 正文。
 * 二、。正文写在这里。
 *
 * @example passes
 * 一、总体
 * 正文。
 * 二、任务
 * 正文写在这里。
 */
export const headingEmpty: Rule = {
  id: 'heading-empty',
  description: 'A heading has a marker but no text (二、。).',
  descriptionZh: '标题只有序号、没有文字（二、。）。',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n正文。\n二、。正文写在这里。',
    reports: ['3:1'],
    passes: '一、总体\n正文。\n二、任务\n正文写在这里。',
  },
  check({ doc, report }) {
    eachSection(doc.sections, (s) => {
      if (!s.marker || s.text.trim() !== '') return
      report(
        {
          zh: `标题缺少文字：“${s.marker.raw}”之后没有标题；应补写标题，或删去序号`,
          en: `empty heading: "${s.marker.raw}" has no text; write the heading or remove the marker`,
          actual: s.marker.raw,
        },
        leadingPosition(s.headingPosition ?? s.position, s.marker.raw.length),
      )
    })
  },
}
