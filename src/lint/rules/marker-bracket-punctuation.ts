import type { Rule } from '../types.js'

const AFTER_BRACKET = /[）)]([、，,．.：:])$/

/**
 * `marker-bracket-punctuation` — 括号序号后加了标点.
 *
 * A bracketed marker is followed by punctuation: "（一）、", "（1）．". The bracket already sets
 * the number apart; GB/T 9704-2012 writes "（一）" and "（1）" with nothing after them. Fix: drop
 * the punctuation.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 2:1 4:1
 * 一、总体
 * （一）、目标
 * 正文。
 * （二）、任务
 * 正文。
 *
 * @example passes
 * 一、总体
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 */
export const markerBracketPunctuation: Rule = {
  id: 'marker-bracket-punctuation',
  description: 'A bracketed marker is followed by punctuation (（一）、 or （1）．).',
  descriptionZh: '括号序号后又加标点（（一）、（1）．）。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（一）、目标\n正文。\n（二）、任务\n正文。',
    reports: ['2:1', '4:1'],
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ sectionLists, inlineLists, report }) {
    for (const list of [...sectionLists, ...inlineLists]) {
      for (const item of list.items) {
        const { raw, style } = item.marker
        const punct = raw.match(AFTER_BRACKET)
        if ((style !== 'chinese-paren' && style !== 'arabic-paren') || !punct) continue
        const fixed = raw.slice(0, -1)
        report(
          {
            zh: `括号序号后多了标点：“${raw}”的括号后有“${punct[1]}”；应写作“${fixed}”`,
            en: `punctuation after a bracketed number: "${raw}" has "${punct[1]}" after its bracket; write "${fixed}"`,
            actual: raw,
            expected: [fixed],
          },
          item.markerPosition,
        )
      }
    }
  },
}
