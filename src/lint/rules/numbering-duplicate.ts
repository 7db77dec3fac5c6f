import type { ListItem, SpeechList } from '../lists.js'
import type { Rule } from '../types.js'

/** Items of sibling sections that repeat an ordinal: （二） … （二）. */
export const numberingDuplicate: Rule = {
  id: 'numbering-duplicate',
  description: 'Two sibling items carry the same ordinal (（二） … （二）).',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（二）措施\n正文。',
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（三）措施\n正文。',
  },
  check({ sectionLists, report }) {
    // A repeated ordinal other than one stays inside its list; a repeated 一 starts a new list, so
    // compare each list's first item with the list before it under the same parent too.
    const flagged = new Set<ListItem>()
    const check = (prev: ListItem, item: ListItem) => {
      if (
        item.marker.ordinal === prev.marker.ordinal &&
        item.marker.style === prev.marker.style &&
        !flagged.has(item)
      ) {
        flagged.add(item)
        report(
          {
            zh: `编号重复：“${item.marker.raw}”与前一项“${prev.marker.raw}”序号相同，应改为 ${prev.marker.ordinal + 1}`,
            en: `duplicate number: "${item.marker.raw}" repeats "${prev.marker.raw}"; renumber it ${prev.marker.ordinal + 1}`,
          },
          item.markerPosition,
        )
      }
    }
    let previous: SpeechList | null = null
    for (const list of sectionLists) {
      for (let i = 1; i < list.items.length; i++) check(list.items[i - 1]!, list.items[i]!)
      const first = list.items[0]!
      const last = previous?.items[previous.items.length - 1]
      if (
        previous &&
        previous.parent === list.parent &&
        last &&
        previous.items.length === 1 &&
        first.marker.ordinal === 1
      ) {
        check(last, first)
      }
      previous = list
    }
  },
}
