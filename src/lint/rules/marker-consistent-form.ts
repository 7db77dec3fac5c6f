import type { Rule } from '../types.js'

/** The written form of a marker without its number: "（）", "()", "、", ".", "．". */
function shape(raw: string): string {
  return raw.replace(/[0-9０-９〇零一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾]+/g, '#')
}

/** Mixed forms within one list: （一） and (二), 1. and 2、, full- and half-width. */
export const markerConsistentForm: Rule = {
  id: 'marker-consistent-form',
  description: 'Items of one list write their markers differently (（一） then (二); 1. then 2、).',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（一）目标\n正文。\n(二)任务\n正文。',
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      const first = list.items[0]!
      const expected = shape(first.marker.raw)
      for (const item of list.items.slice(1)) {
        if (item.marker.style === first.marker.style && shape(item.marker.raw) !== expected) {
          report(
            {
              zh: `同一层级序号写法不一致：“${item.marker.raw}”与首项“${first.marker.raw}”不同，应统一`,
              en: `inconsistent marker form: "${item.marker.raw}" differs from the list's first "${first.marker.raw}"`,
            },
            item.markerPosition,
          )
        }
      }
    }
  },
}
