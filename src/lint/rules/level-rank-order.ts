import { isStructuralStyle, STYLE_RANK } from '../../markers/styles.js'
import type { Marker, Section } from '../../schema.js'
import { eachSection } from '../../walk.js'
import type { ListItem, SpeechList } from '../lists.js'
import type { Rule, RuleMessage } from '../types.js'

function message(junior: Marker, senior: Marker, nested: boolean): RuleMessage {
  return nested
    ? {
        zh: `层级颠倒：高一级的“${junior.raw}”用在了低一级的“${senior.raw}”之下（一、>（一）>1.>（1））；应调换两级序号`,
        en: `level out of rank: "${junior.raw}" is used under the junior "${senior.raw}" ("一、" > "（一）" > "1." > "（1）"); swap the two levels' markers`,
        actual: junior.raw,
      }
    : {
        zh: `层级颠倒：低一级的“${junior.raw}”用在了高一级的“${senior.raw}”之上（一、>（一）>1.>（1））；应调换两级序号`,
        en: `level out of rank: "${junior.raw}" is used above the senior "${senior.raw}" ("一、" > "（一）" > "1." > "（1）"); swap the two levels' markers`,
        actual: junior.raw,
      }
}

/**
 * `level-rank-order` — 层级次序颠倒.
 *
 * A level is used out of rank. The levels rank 一、 > （一） > 1. > （1） > ① (GB/T 9704-2012);
 * a junior style first and a senior one later at the same level ("（一）总体 … 一、目标"; the
 * parser closes the junior run when the senior style comes, so the two end up side by side), or a
 * senior style nested under a junior one (in a document built by hand), puts the hierarchy upside
 * down. Fix: swap the markers of the two levels.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 1:1
 * （一）总体
 * 正文。
 * 一、目标
 * 正文。
 * 二、任务
 * 正文。
 *
 * @example passes
 * 一、总体
 * 正文。
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 */
export const levelRankOrder: Rule = {
  id: 'level-rank-order',
  description: 'A level is used out of rank: （一） above 一、 (一、 > （一） > 1. > （1） > ①).',
  descriptionZh: '层级次序颠倒：（一）用在一、之上（一、>（一）>1.>（1）>①）。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '（一）总体\n正文。\n一、目标\n正文。\n二、任务\n正文。',
    reports: ['1:1'],
    passes: '一、总体\n正文。\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ doc, sectionLists, report }) {
    const byParent = new Map<Section | null, SpeechList[]>()
    const firstItem = new Map<Section, ListItem>()
    for (const list of sectionLists) {
      const siblings = byParent.get(list.parent) ?? []
      siblings.push(list)
      byParent.set(list.parent, siblings)
      for (const item of list.items) if (item.section) firstItem.set(item.section, item)
    }
    const structural = (m: Marker) => isStructuralStyle(m.style)
    for (const lists of byParent.values()) {
      // Backwards, keeping the nearest later list of each rank: linear in the number of lists.
      const nearest = new Map<number, { index: number; item: ListItem }>()
      for (let i = lists.length - 1; i >= 0; i--) {
        const item = lists[i]!.items[0]!
        if (!structural(item.marker)) continue
        const rank = STYLE_RANK[item.marker.style]
        let senior: { index: number; item: ListItem } | undefined
        for (const [r, later] of nearest)
          if (r < rank && (!senior || later.index < senior.index)) senior = later
        if (senior) report(message(item.marker, senior.item.marker, false), item.markerPosition)
        nearest.set(rank, { index: i, item })
      }
    }
    eachSection(doc.sections, (parent) => {
      if (!parent.marker || !structural(parent.marker)) return
      const child = parent.children.find(
        (c) =>
          c.marker && structural(c.marker) && STYLE_RANK[c.marker.style] < STYLE_RANK[parent.marker!.style],
      )
      const item = child ? firstItem.get(child) : undefined
      if (child?.marker && item) report(message(child.marker, parent.marker, true), item.markerPosition)
    })
  },
}
