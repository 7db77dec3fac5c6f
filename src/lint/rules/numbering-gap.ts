import { renumber } from '../forms.js'
import { eachAdjacentPair, type ListItem } from '../lists.js'
import type { Rule, RuleMessage } from '../types.js'

function message(prev: ListItem['marker'], item: ListItem['marker']): RuleMessage {
  const missing = item.ordinal - prev.ordinal - 1
  const next = renumber(item, prev.ordinal + 1)
  return {
    zh: `编号跳号：“${item.raw}”前缺少 ${missing} 项（“${prev.raw}”之后应为${next ? `“${next}”` : '下一个序号'}）；应补齐缺少的项，或改为连续编号`,
    en: `numbering gap: "${item.raw}" follows "${prev.raw}", ${missing} item(s) missing; add them or renumber "${item.raw}"${next ? ` as "${next}"` : ''}`,
    actual: item.raw,
    ...(next ? { expected: [next] } : {}),
  }
}

/**
 * `numbering-gap` — 编号跳号.
 *
 * An item skips an ordinal: 一、 二、 四、 (三、 is missing). Checks lists of headings and inline
 * enumerations, including a marker left inside the text of the item before it because the
 * numbering broke there ("一是…；二是…；四是…": the parser's list ends at 二是, and 四是 is
 * reported). Fix: restore the missing item, or number on by one.
 *
 * Default severity: `error` (speech), `error` (gbt9704).
 *
 * @example fails 5:1
 * 一、学习
 * 正文。
 * 二、实践
 * 正文。
 * 四、总结
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
export const numberingGap: Rule = {
  id: 'numbering-gap',
  description: 'An item skips an ordinal (一、 二、 四、), in headings or in an inline list.',
  descriptionZh: '编号跳号（一、二、四、），标题或段内列举均检查。',
  severity: { speech: 'error', gbt9704: 'error' },
  examples: {
    fails: '一、学习\n正文。\n二、实践\n正文。\n四、总结\n正文。',
    reports: ['5:1'],
    passes: '一、学习\n正文。\n二、实践\n正文。\n三、总结\n正文。',
  },
  check({ sectionLists, inlineLists, inlineFaults, report }) {
    eachAdjacentPair([...sectionLists, ...inlineLists], ({ marker: prev }, item) => {
      if (prev.ordinal > 0 && item.marker.ordinal > prev.ordinal + 1)
        report(message(prev, item.marker), item.markerPosition)
    })
    for (const list of inlineLists) {
      for (const fault of inlineFaults(list)) {
        if (fault.kind === 'gap')
          report(message(fault.reached, fault.found.marker.marker), fault.found.position)
      }
    }
  },
}
