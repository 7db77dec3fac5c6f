import type { Rule } from '../types.js'

/** （一）、 : a bracketed marker needs no punctuation after it (GB/T 9704-2012). */
export const markerBracketPunctuation: Rule = {
  id: 'marker-bracket-punctuation',
  description: 'A bracketed marker is followed by punctuation (（一）、 or （1）．).',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（一）、目标\n正文。\n（二）、任务\n正文。',
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      for (const item of list.items) {
        const { raw, style } = item.marker
        if ((style === 'chinese-paren' || style === 'arabic-paren') && /[）)][、，,．.]$/.test(raw)) {
          report(
            {
              zh: `序号“${raw}”括号后不应再加标点，应写作“${raw.slice(0, -1)}”`,
              en: `no punctuation after a bracketed number: write "${raw.slice(0, -1)}" instead of "${raw}"`,
            },
            item.markerPosition,
          )
        }
      }
    }
  },
}
