import type { Marker } from '../../schema.js'
import { eachAdjacentPair } from '../lists.js'
import type { Rule, RuleMessage } from '../types.js'

function message(prev: Marker, item: Marker, next?: Marker): RuleMessage {
  return next
    ? {
        zh: `编号顺序颠倒：“${item.raw}”排在“${next.raw}”之前；应按顺序排列或重新编号`,
        en: `out of order: "${item.raw}" comes before "${next.raw}"; put the items in order or renumber them`,
        actual: item.raw,
      }
    : {
        zh: `编号顺序颠倒：“${item.raw}”排在“${prev.raw}”之后；应按顺序排列或重新编号`,
        en: `out of order: "${item.raw}" comes after "${prev.raw}"; put the items in order or renumber them`,
        actual: item.raw,
      }
}

/**
 * `numbering-order` — 编号顺序颠倒.
 *
 * An item goes back in the numbering: 三、 then 二、. (A return to one starts a new list; see
 * `numbering-restart`.) Inline lists too: "一是…。三是…。二是…。". Fix: put the items in order,
 * or renumber them.
 *
 * Default severity: `error` (speech), `error` (gbt9704).
 *
 * @example fails 5:1
 * 一、学习
 * 正文。
 * 三、总结
 * 正文。
 * 二、实践
 * 正文。
 *
 * @example passes
 * 一、学习
 * 正文。
 * 二、实践
 * 正文。
 * 三、总结
 * 正文。
 */
export const numberingOrder: Rule = {
  id: 'numbering-order',
  description: 'An item goes back in the numbering (三、 then 二、), in headings or in an inline list.',
  descriptionZh: '编号顺序颠倒（三、之后是二、），标题或段内列举均检查。',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、学习\n正文。\n三、总结\n正文。\n二、实践\n正文。',
    reports: ['5:1'],
    passes: '一、学习\n正文。\n二、实践\n正文。\n三、总结\n正文。',
  },
  check({ sectionLists, inlineLists, inlineFaults, report }) {
    eachAdjacentPair([...sectionLists, ...inlineLists], ({ marker: prev }, item) => {
      if (item.marker.ordinal > 1 && item.marker.ordinal < prev.ordinal)
        report(message(prev, item.marker), item.markerPosition)
    })
    for (const list of inlineLists) {
      for (const fault of inlineFaults(list)) {
        if (fault.kind === 'order')
          report(message(fault.reached, fault.found.marker.marker, fault.before), fault.found.position)
      }
    }
  },
}
