import { eachSection } from '../../walk.js'
import type { Rule } from '../types.js'

/** Characters a heading may hold before it reads as a paragraph. */
export const HEADING_MAX_LENGTH = 40

/** Length in characters, blanks not counted. */
function length(text: string): number {
  return [...text.replace(/[\s\u3000]/g, '')].length
}

/**
 * `heading-too-long` — 标题过长.
 *
 * A heading runs past what one sentence of a heading holds: more than 40 characters (blanks not
 * counted). A heading states the point; the argument belongs in the body. Fix: condense the
 * heading to one phrase and move the rest into the paragraph below.
 *
 * Default severity: `info` (speech), `warning` (gbt9704).
 *
 * @example fails 1:1
 * 一、要深入学习贯彻会议精神，把思想和行动统一到中央决策部署上来，切实增强做好各项工作的责任感和使命感
 * 正文。
 * 二、任务
 * 正文。
 *
 * @example passes
 * 一、深入学习贯彻会议精神
 * 正文。
 * 二、任务
 * 正文。
 */
export const headingTooLong: Rule = {
  id: 'heading-too-long',
  description: `A heading is longer than ${HEADING_MAX_LENGTH} characters: it runs past one sentence.`,
  descriptionZh: `标题超过 ${HEADING_MAX_LENGTH} 字，超出一句话的篇幅。`,
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails:
      '一、要深入学习贯彻会议精神，把思想和行动统一到中央决策部署上来，切实增强做好各项工作的责任感和使命感\n正文。\n二、任务\n正文。',
    reports: ['1:1'],
    passes: '一、深入学习贯彻会议精神\n正文。\n二、任务\n正文。',
  },
  check({ doc, report }) {
    eachSection(doc.sections, (s) => {
      const n = length(s.text)
      if (n <= HEADING_MAX_LENGTH) return
      report(
        {
          zh: `标题过长：${n} 字，超过 ${HEADING_MAX_LENGTH} 字；应提炼为一句短语，论述移入正文`,
          en: `heading too long: ${n} characters, over ${HEADING_MAX_LENGTH}; condense it to one phrase and move the rest into the body`,
        },
        s.headingPosition ?? s.position,
      )
    })
  },
}
