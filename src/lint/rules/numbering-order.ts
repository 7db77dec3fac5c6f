import type { Rule } from '../types.js'

/** 三、 after 四、: an ordinal goes back (other than a restart at one). */
export const numberingOrder: Rule = {
  id: 'numbering-order',
  description: 'An item goes back in the numbering (四、 then 三、).',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、学习\n正文。\n三、总结\n正文。\n二、实践\n正文。',
    passes: '一、学习\n正文。\n二、实践\n正文。\n三、总结\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      for (let i = 1; i < list.items.length; i++) {
        const prev = list.items[i - 1]!
        const item = list.items[i]!
        if (item.marker.ordinal < prev.marker.ordinal && item.marker.ordinal > 1) {
          report(
            {
              zh: `编号顺序错误：“${item.marker.raw}”排在“${prev.marker.raw}”之后，应按顺序编号`,
              en: `out of order: "${item.marker.raw}" comes after "${prev.marker.raw}"; number the items in order`,
            },
            item.markerPosition,
          )
        }
      }
    }
  },
}
