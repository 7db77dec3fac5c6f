import type { Section } from '../../schema.js'
import type { Rule } from '../types.js'

/**
 * `lone-child` — 单项编号.
 *
 * A list of one item: a heading with a single numbered sub-heading ("（一）" and no "（二）"), or
 * a document with a single numbered heading. A number says "the first of several". Fix: add the
 * other items, or drop the number and fold the one item into its parent.
 *
 * Default severity: `info` (speech), `warning` (gbt9704).
 *
 * @example fails 2:1
 * 一、总体
 * （一）目标
 * 正文。
 * 二、任务
 * 正文。
 *
 * @example passes
 * 一、总体
 * （一）目标
 * 正文。
 * （二）要求
 * 正文。
 * 二、任务
 * 正文。
 */
export const loneChild: Rule = {
  id: 'lone-child',
  description: 'A list of one item: a single numbered sub-heading (（一） with no （二）).',
  descriptionZh: '单项编号：某一级只有一项（有（一）无（二））。',
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails: '一、总体\n（一）目标\n正文。\n二、任务\n正文。',
    reports: ['2:1'],
    passes: '一、总体\n（一）目标\n正文。\n（二）要求\n正文。\n二、任务\n正文。',
  },
  check({ doc, sectionLists, report }) {
    const counts = new Map<readonly Section[], number>()
    const numbered = (sections: readonly Section[]) => {
      let n = counts.get(sections)
      if (n === undefined) {
        n = sections.filter((c) => c.marker).length
        counts.set(sections, n)
      }
      return n
    }
    for (const list of sectionLists) {
      const siblings = list.parent ? list.parent.children : doc.sections
      const only = list.items[0]!
      if (list.items.length !== 1 || numbered(siblings) !== 1 || only.marker.ordinal !== 1) continue
      // 首先 alone is an adverb as much as a number; 一方面 never stands alone as a heading list.
      if (only.marker.style === 'sequence' || only.marker.style === 'aspect') continue
      const where = list.parent ? `“${list.parent.marker?.raw ?? ''}${list.parent.text}”之下` : '全文'
      report(
        {
          zh: `单项编号：${where}只有一项“${only.marker.raw}”；应补齐其余各项，或去掉编号并入上文`,
          en: `a list of one item: "${only.marker.raw}" is the only one ${list.parent ? `under "${list.parent.text}"` : 'in the document'}; add the others or drop the number`,
          actual: only.marker.raw,
        },
        only.markerPosition,
      )
    }
  },
}
