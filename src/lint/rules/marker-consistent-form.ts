import { isStandardForm, skeleton } from '../forms.js'
import type { ListItem } from '../lists.js'
import type { Rule } from '../types.js'

interface Form {
  form: string
  example: string
  n: number
  standard: boolean
}

/** The skeleton most items share; on a tie the standard form, then the earliest. */
function prevailing(items: readonly ListItem[]): Form {
  const counts = new Map<string, Form>()
  for (const item of items) {
    const form = skeleton(item.marker.raw)
    const entry = counts.get(form)
    if (entry) entry.n++
    else
      counts.set(form, {
        form,
        example: item.marker.raw,
        n: 1,
        standard: isStandardForm(item.marker) === true,
      })
  }
  let best: Form | null = null
  for (const f of counts.values()) {
    if (!best || f.n > best.n || (f.n === best.n && f.standard && !best.standard)) best = f
  }
  return best ?? { form: '', example: '', n: 0, standard: false }
}

const BRACKET_THEN_PUNCTUATION = /[）)][、，,．.：:]$/

/**
 * `marker-consistent-form` — 同组序号写法不一.
 *
 * Items of one list write their markers differently: full- and half-width brackets ("（一）" then
 * "(二)"), different punctuation ("1." then "2、", "第一，" then "第二、"), full- and half-width
 * digits ("1." then "２."). The form most items use is taken as the list's (on a tie, the
 * standard one); the others are reported, except what `marker-bracket-punctuation` or
 * `marker-standard-form` reports when on. Fix: write every marker of the list the same way.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 4:1
 * 一、总体
 * （一）目标
 * 正文。
 * (二)任务
 * 正文。
 * （三）措施
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
export const markerConsistentForm: Rule = {
  id: 'marker-consistent-form',
  description:
    'Items of one list write their markers differently (（一） then (二); 1. then 2、; full- and half-width).',
  descriptionZh: '同一组序号写法不一（全角半角括号混用、“1.”与“2、”混用等）。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（一）目标\n正文。\n(二)任务\n正文。\n（三）措施\n正文。',
    reports: ['4:1'],
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（三）措施\n正文。',
  },
  check({ sectionLists, enabled, report }) {
    // Faults a more specific rule reports when it is on.
    const standardRule = enabled('marker-standard-form')
    const bracketRule = enabled('marker-bracket-punctuation')
    const reportedElsewhere = (item: ListItem) =>
      (standardRule && isStandardForm(item.marker) === false) ||
      (bracketRule && BRACKET_THEN_PUNCTUATION.test(item.marker.raw))
    for (const list of sectionLists) {
      if (list.items.length < 2) continue
      const styles = new Set(list.items.map((i) => i.marker.style))
      for (const style of styles) {
        const items = list.items.filter((i) => i.marker.style === style)
        if (items.length < 2) continue
        const { form, example } = prevailing(items)
        for (const item of items) {
          if (skeleton(item.marker.raw) === form || reportedElsewhere(item)) continue
          report(
            {
              zh: `同组序号写法不一：“${item.marker.raw}”与同组的“${example}”写法不同；应统一写法`,
              en: `inconsistent marker form: "${item.marker.raw}" is written unlike the list's "${example}"; write them the same way`,
              actual: item.marker.raw,
            },
            item.markerPosition,
          )
        }
      }
    }
  },
}
