import { isStructuralStyle, STYLE_RANK } from '../../markers/styles.js'
import type { Section } from '../../schema.js'
import type { SpeechList } from '../lists.js'
import type { Rule } from '../types.js'

/**
 * A junior style used above a senior one at the same level: （一） items followed by 一、 items, or
 * 1. items followed by （一） items. (The parser closes the junior list when the senior style
 * appears, so the two lists end up side by side under one parent.)
 */
export const levelRankOrder: Rule = {
  id: 'level-rank-order',
  description: 'A level is used out of rank (（一） above 一、).',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '（一）总体\n正文。\n一、目标\n正文。\n二、任务\n正文。',
    passes: '一、总体\n正文。\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ sectionLists, report }) {
    const byParent = new Map<Section | null, SpeechList[]>()
    for (const list of sectionLists) {
      const siblings = byParent.get(list.parent)
      if (siblings) siblings.push(list)
      else byParent.set(list.parent, [list])
    }
    for (const lists of byParent.values()) {
      lists.forEach((list, i) => {
        const junior = list.items[0]!
        if (!isStructuralStyle(junior.marker.style)) return
        const senior = lists
          .slice(i + 1)
          .map((l) => l.items[0]!)
          .find(
            (s) =>
              isStructuralStyle(s.marker.style) &&
              STYLE_RANK[s.marker.style] < STYLE_RANK[junior.marker.style],
          )
        if (!senior) return
        report(
          {
            zh: `层级次序颠倒：“${junior.marker.raw}”级序号用在了更高一级的“${senior.marker.raw}”之前（一、>（一）>1.>（1））`,
            en: `level out of rank: "${junior.marker.raw}" is used above the senior "${senior.marker.raw}" (一、 > （一） > 1. > （1）)`,
          },
          junior.markerPosition,
        )
      })
    }
  },
}
