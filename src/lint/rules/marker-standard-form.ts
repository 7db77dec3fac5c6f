import type { MarkerStyle } from '../../schema.js'
import type { Rule } from '../types.js'

const STANDARD: Partial<Record<MarkerStyle, { test: RegExp; form: string }>> = {
  chinese: { test: /^[^、．.\s\u3000]+、$/, form: '一、' },
  'chinese-paren': { test: /^（[^）]+）$/, form: '（一）' },
  arabic: { test: /^[0-9０-９]+[.．]$/, form: '1.' },
  'arabic-paren': { test: /^（[0-9０-９]+）$/, form: '（1）' },
}

/** GB/T 9704-2012 forms: 一、 （一） 1. （1）, not "一." "(一)" "1、" "(1)". */
export const markerStandardForm: Rule = {
  id: 'marker-standard-form',
  description: 'A structural marker is not in its GB/T 9704-2012 form (一、 （一） 1. （1））.',
  severity: { speech: 'off', gbt9704: 'error' },
  examples: {
    fails: '一.总体\n正文。\n二.任务\n正文。',
    passes: '一、总体\n正文。\n二、任务\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      for (const item of list.items) {
        const standard = STANDARD[item.marker.style]
        if (standard && !standard.test.test(item.marker.raw)) {
          report(
            {
              zh: `序号“${item.marker.raw}”不符合公文格式（GB/T 9704-2012），应写作“${standard.form}”的形式`,
              en: `"${item.marker.raw}" is not the GB/T 9704-2012 form; write it like "${standard.form}"`,
            },
            item.markerPosition,
          )
        }
      }
    }
  },
}
