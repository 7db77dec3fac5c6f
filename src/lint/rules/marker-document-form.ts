import type { MarkerStyle } from '../../schema.js'
import { isStandardForm, standardExample, standardFormOf } from '../forms.js'
import type { ListItem } from '../lists.js'
import type { Rule } from '../types.js'

/**
 * `marker-document-form` — 序号写法与全文不一致.
 *
 * A run of headings writes its markers in a non-standard form while the rest of the document
 * writes the same level in the standard one: "(1)" "(2)" under one heading, "（1）" "（2）" under
 * the others; "1、" where the document otherwise has "1.". (Mixed forms inside one list are
 * `marker-consistent-form`'s.) Reported at the first marker of each such run. Fix: write them
 * as the rest of the document does.
 *
 * Default severity: `warning` (speech), `off` (gbt9704, where `marker-standard-form` reports
 * every non-standard marker).
 *
 * @example fails 7:1
 * 一、总体
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 * 二、措施
 * (一)加强领导
 * 正文。
 * (二)强化督查
 * 正文。
 *
 * @example passes
 * 一、总体
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 * 二、措施
 * （一）加强领导
 * 正文。
 * （二）强化督查
 * 正文。
 */
export const markerDocumentForm: Rule = {
  id: 'marker-document-form',
  description:
    'Headings written in a non-standard form ((1), 1、) where the document otherwise writes that level in the standard form.',
  descriptionZh: '某组标题序号用了非标准写法（(1)、1、），而全文同级其余处用的是标准写法。',
  severity: { speech: 'warning', gbt9704: 'off' },
  examples: {
    fails:
      '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n二、措施\n(一)加强领导\n正文。\n(二)强化督查\n正文。',
    reports: ['7:1'],
    passes:
      '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n二、措施\n（一）加强领导\n正文。\n（二）强化督查\n正文。',
  },
  check({ sectionLists, report }) {
    const standardStyles = new Set<MarkerStyle>()
    for (const list of sectionLists)
      for (const item of list.items)
        if (isStandardForm(item.marker) === true) standardStyles.add(item.marker.style)
    for (const list of sectionLists) {
      const byStyle = new Map<MarkerStyle, ListItem[]>()
      for (const item of list.items) {
        const items = byStyle.get(item.marker.style) ?? []
        items.push(item)
        byStyle.set(item.marker.style, items)
      }
      for (const [style, items] of byStyle) {
        if (!standardStyles.has(style) || items.some((i) => isStandardForm(i.marker) !== false)) continue
        const first = items[0]!
        const standard = standardFormOf(first.marker)
        report(
          {
            zh: `序号写法与全文不一致：此组写作“${first.marker.raw}”，全文同级其余处写作“${standardExample(style)}”；应统一为${standard ? `“${standard}”` : '标准写法'}`,
            en: `"${first.marker.raw}" (and the rest of its run) where the document otherwise writes "${standardExample(style)}"; write${standard ? ` "${standard}"` : ' the standard form'} like the rest`,
            actual: first.marker.raw,
            ...(standard ? { expected: [standard] } : {}),
          },
          first.markerPosition,
        )
      }
    }
  },
}
