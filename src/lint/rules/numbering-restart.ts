import { isStructuralStyle } from '../../markers/styles.js'
import { renumber } from '../forms.js'
import type { Rule } from '../types.js'

/**
 * `numbering-restart` — 同级编号重新开始.
 *
 * Headings of one level number from one again in the middle: 一、 二、 三、 then 一、 again as
 * their sibling, or （一） （二） then （一） again under the same heading. Only the document
 * styles (一、 （一） 1. （1） ①); a spoken enumeration (一是, 第一，) may start afresh. Fix:
 * number on (四、), or put a heading above the second run so that it nests.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 7:1
 * 一、总体
 * 正文。
 * 二、任务
 * 正文。
 * 三、措施
 * 正文。
 * 一、保障
 * 正文。
 *
 * @example passes
 * 一、总体
 * 正文。
 * 二、任务
 * 正文。
 * 三、措施
 * 正文。
 * 四、保障
 * 正文。
 */
export const numberingRestart: Rule = {
  id: 'numbering-restart',
  description: 'Headings of one level start again at one among their siblings (一、 二、 三、 一、).',
  descriptionZh: '同一层级中途又从一开始编号（一、二、三、一、）。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n正文。\n二、任务\n正文。\n三、措施\n正文。\n一、保障\n正文。',
    reports: ['7:1'],
    passes: '一、总体\n正文。\n二、任务\n正文。\n三、措施\n正文。\n四、保障\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      const before = list.previous
      const first = list.items[0]!
      if (list.start !== 'restart' || !before || before.items.length < 2) continue
      const last = before.items[before.items.length - 1]!
      if (last.marker.style !== first.marker.style || !isStructuralStyle(first.marker.style)) continue
      const next = renumber(first.marker, last.marker.ordinal + 1)
      report(
        {
          zh: `同级编号重新开始：“${before.items[0]!.marker.raw}”至“${last.marker.raw}”之后，“${first.marker.raw}”又从一编号；应接续编号${next ? `为“${next}”` : ''}，或在其上加一级标题`,
          en: `numbering restarts: "${first.marker.raw}" follows "${last.marker.raw}" at the same level; number on${next ? ` ("${next}")` : ''} or put a heading above the new run`,
          actual: first.marker.raw,
          ...(next ? { expected: [next] } : {}),
        },
        first.markerPosition,
      )
    }
  },
}
