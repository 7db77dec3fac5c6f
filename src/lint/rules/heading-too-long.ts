import { eachSection } from '../../walk.js'
import type { Rule } from '../types.js'

const MAX = 40

/** A heading that runs on like a sentence (longer than 40 characters, or holding a ；). */
export const headingTooLong: Rule = {
  id: 'heading-too-long',
  description: `A heading runs past a sentence: longer than ${MAX} characters or holding a ；.`,
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails:
      '一、要深入学习贯彻会议精神，把思想和行动统一到中央决策部署上来，切实增强做好各项工作的责任感和使命感\n正文。',
    passes: '一、深入学习贯彻会议精神\n正文。',
  },
  check({ doc, report }) {
    eachSection(doc.sections, (s) => {
      if (s.text.length <= MAX && !s.text.includes('；')) return
      report(
        {
          zh: `标题过长（${s.text.length} 字）或含分号，宜提炼为一句话`,
          en: `heading too long (${s.text.length} characters) or holding a ；: condense it to one phrase`,
        },
        s.headingPosition ?? s.position,
      )
    })
  },
}
