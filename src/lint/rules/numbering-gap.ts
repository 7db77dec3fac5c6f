import type { Rule } from '../types.js'

/** 一、二、四、: an ordinal is skipped. */
export const numberingGap: Rule = {
  id: 'numbering-gap',
  description: 'An item skips an ordinal (一、 二、 四、).',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、学习\n正文。\n二、实践\n正文。\n四、总结\n正文。',
    passes: '一、学习\n正文。\n二、实践\n正文。\n三、总结\n正文。',
  },
  check({ sectionLists, inlineLists, report }) {
    for (const list of [...sectionLists, ...inlineLists]) {
      for (let i = 1; i < list.items.length; i++) {
        const prev = list.items[i - 1]!
        const item = list.items[i]!
        if (item.marker.ordinal > prev.marker.ordinal + 1) {
          const missing = item.marker.ordinal - prev.marker.ordinal - 1
          report(
            {
              zh: `编号跳号：“${item.marker.raw}”前缺少 ${missing} 项，应接续“${prev.marker.raw}”连续编号`,
              en: `numbering gap: ${missing} item(s) missing before "${item.marker.raw}"; number on from "${prev.marker.raw}"`,
            },
            item.markerPosition,
          )
        }
      }
    }
  },
}
