import type { Rule } from '../types.js'

/** A list that starts above one without cause (二、 first; an inline list that opens at 二是). */
export const numberingStart: Rule = {
  id: 'numbering-start',
  description: 'A list starts above one (its first item is 二 or later).',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、标题\n信心来自理论。二是形势让我们自信。三是经验让我们自信。四是制度让我们自信。',
    passes: '一、标题\n一是理论让我们自信。二是形势让我们自信。三是经验让我们自信。',
  },
  check({ sectionLists, inlineLists, report }) {
    for (const list of [...sectionLists, ...inlineLists]) {
      const first = list.items[0]!
      if (first.marker.ordinal > 1) {
        report(
          {
            zh: `编号起点错误：列表从“${first.marker.raw}”开始，缺少第一项`,
            en: `list starts at "${first.marker.raw}": the first item is missing`,
          },
          first.markerPosition,
        )
      }
    }
  },
}
