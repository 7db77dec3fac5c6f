import type { MarkerStyle } from '../../schema.js'
import { standardExample } from '../forms.js'
import type { Rule } from '../types.js'

const LADDER: readonly MarkerStyle[] = ['chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled']

/**
 * `level-skipped` — 层级跳跃.
 *
 * A level of the 一、 > （一） > 1. > （1） > ① ladder is skipped: "一、" straight to "（1）", or
 * "一、" straight to "1.". Common in spoken drafts (info there); GB/T 9704-2012 uses the levels
 * in order. Fix: use the next level down ("（一）" under "一、").
 *
 * Default severity: `info` (speech), `error` (gbt9704).
 *
 * @example fails 2:1
 * 一、总体
 * （1）目标
 * 正文。
 * （2）任务
 * 正文。
 *
 * @example passes
 * 一、总体
 * （一）目标
 * 正文。
 * （二）任务
 * 正文。
 */
export const levelSkipped: Rule = {
  id: 'level-skipped',
  description: 'A level of the 一、 > （一） > 1. > （1） > ① ladder is skipped (一、 straight to （1）).',
  descriptionZh: '层级跳跃：一、之下直接用（1）或 1.，跳过了中间一级。',
  severity: { speech: 'info', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（1）目标\n正文。\n（2）任务\n正文。',
    reports: ['2:1'],
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      const parent = list.parent?.marker
      const first = list.items[0]!
      if (!parent) continue
      const from = LADDER.indexOf(parent.style)
      const to = LADDER.indexOf(first.marker.style)
      if (from < 0 || to <= from + 1) continue
      const skipped = LADDER.slice(from + 1, to)
      const missing = skipped.map((s) => `“${standardExample(s) ?? s}”`).join('')
      const levels = ['一', '两', '三'][skipped.length - 1] ?? String(skipped.length)
      const expected = standardExample(LADDER[from + 1]!)
      report(
        {
          zh: `层级跳跃：“${parent.raw}”之下直接使用“${first.marker.raw}”，跳过了${missing}${levels}级；应改用${expected ? `“${expected}”` : '下一级序号'}`,
          en: `skipped level: "${first.marker.raw}" directly under "${parent.raw}" skips ${missing.replace(/[“”]/g, '"')}; use ${expected ? `"${expected}"` : 'the next level'} instead`,
          actual: first.marker.raw,
          ...(expected ? { expected: [expected] } : {}),
        },
        first.markerPosition,
      )
    }
  },
}
