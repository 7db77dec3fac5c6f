import type { MarkerStyle } from '../../schema.js'
import type { Rule } from '../types.js'

const LADDER: MarkerStyle[] = ['chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled']

/** 一、 straight to （1）: a level of the 一、 > （一） > 1. > （1） ladder is skipped. */
export const levelSkipped: Rule = {
  id: 'level-skipped',
  description: 'A level is skipped (一、 straight to （1）).',
  severity: { speech: 'info', gbt9704: 'error' },
  examples: {
    fails: '一、总体\n（1）目标\n正文。\n（2）任务\n正文。',
    passes: '一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      const parent = list.parent?.marker
      const first = list.items[0]!
      if (!parent) continue
      const from = LADDER.indexOf(parent.style)
      const to = LADDER.indexOf(first.marker.style)
      if (from >= 0 && to > from + 1) {
        const expected =
          LADDER[from + 1] === 'chinese-paren' ? '（一）' : LADDER[from + 1] === 'arabic' ? '1.' : '（1）'
        report(
          {
            zh: `层级跳跃：“${parent.raw}”之下直接使用“${first.marker.raw}”，中间缺少“${expected}”一级`,
            en: `skipped level: "${first.marker.raw}" directly under "${parent.raw}"; the "${expected}" level is missing`,
          },
          first.markerPosition,
        )
      }
    }
  },
}
