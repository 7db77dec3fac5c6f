import { renumber } from '../forms.js'
import { eachAdjacentPair, type ListItem } from '../lists.js'
import type { Rule, RuleMessage } from '../types.js'

function message(prev: ListItem['marker'], item: ListItem['marker']): RuleMessage {
  const next = renumber(item, prev.ordinal + 1)
  return {
    zh: `编号重复：“${item.raw}”与前一项“${prev.raw}”序号相同；应改为${next ? `“${next}”` : '下一个序号'}，并顺延其后的编号`,
    en: `duplicate number: "${item.raw}" repeats "${prev.raw}"; renumber it${next ? ` "${next}"` : ''} and the items after it`,
    actual: item.raw,
    ...(next ? { expected: [next] } : {}),
  }
}

/**
 * `numbering-duplicate` — 编号重复.
 *
 * Two items of one list carry the same ordinal: （一） （二） （二）. Also "一、" twice at the
 * start of a list, and a repeated item of an inline list ("一是…。二是…。二是…。"). Fix: renumber
 * the repeated item and the ones after it.
 *
 * Default severity: `error` (speech), `error` (gbt9704).
 *
 * @example fails 6:1
 * 一、总体
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 * （二）措施
 * 正文。
 *
 * @example passes
 * 一、总体
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 * （三）措施
 * 正文。
 */
export const numberingDuplicate: Rule = {
  id: 'numbering-duplicate',
  description:
    'Two items of one list carry the same ordinal (（二） … （二）), in headings or in an inline list.',
  descriptionZh: '同一组编号重复（（二）……（二）），标题或段内列举均检查。',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（二）措施\n正文。',
    reports: ['6:1'],
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（三）措施\n正文。',
  },
  check({ sectionLists, inlineLists, inlineFaults, report }) {
    const check = (prev: ListItem, item: ListItem) => {
      if (item.marker.ordinal > 0 && item.marker.ordinal === prev.marker.ordinal)
        report(message(prev.marker, item.marker), item.markerPosition)
    }
    const lists = [...sectionLists, ...inlineLists]
    eachAdjacentPair(lists, check)
    for (const list of lists) {
      // "一、 一、 二、": a repeated 一 starts a new list, so compare it with a list of one before it.
      const before = list.previous
      if (list.kind === 'sections' && list.start === 'restart' && before?.items.length === 1) {
        const only = before.items[0]!
        if (only.marker.style === list.items[0]!.marker.style) check(only, list.items[0]!)
      }
    }
    for (const list of inlineLists) {
      for (const fault of inlineFaults(list)) {
        if (fault.kind === 'duplicate')
          report(message(fault.reached, fault.found.marker.marker), fault.found.position)
      }
    }
  },
}
