import { isStandardForm, standardFormOf } from '../forms.js'
import type { Rule } from '../types.js'

/** "（一）、": standard but for the punctuation after the bracket. */
const BRACKET_THEN_PUNCTUATION = /^（[^）]+）[、，,．.：:]$/

/**
 * `marker-standard-form` — 序号不合公文格式.
 *
 * A heading marker is not in its GB/T 9704-2012 form. The standard levels are "一、" "（一）"
 * "1." "（1）": a Chinese numeral with 、 (not "一." "一．" "一，" or a bare "一　"), full-width
 * brackets (not "(一)" or "(1)" or "1)"), an Arabic numeral with a full stop (not "1、" or "1 ").
 * "（一）、" is left to `marker-bracket-punctuation` when that rule is on. Fix: write the standard form. Off in the
 * speech preset, where `marker-document-form` reports only the markers that differ from the
 * document's own standard ones.
 *
 * Default severity: `off` (speech), `error` (gbt9704).
 *
 * @example fails 1:1 3:1
 * 一.总体
 * 正文。
 * 二.任务
 * 正文。
 *
 * @example passes
 * 一、总体
 * 正文。
 * 二、任务
 * 正文。
 */
export const markerStandardForm: Rule = {
  id: 'marker-standard-form',
  description:
    'A heading marker is not in its GB/T 9704-2012 form (一、 （一） 1. （1））: 一. (一) 1、 (1).',
  descriptionZh: '标题序号不合 GB/T 9704-2012 的写法（一、（一）1.（1）），如“一.”“(一)”“1、”“(1)”。',
  severity: { speech: 'off', gbt9704: 'error' },
  examples: {
    fails: '一.总体\n正文。\n二.任务\n正文。',
    reports: ['1:1', '3:1'],
    passes: '一、总体\n正文。\n二、任务\n正文。',
  },
  check({ sectionLists, enabled, report }) {
    const bracketRule = enabled('marker-bracket-punctuation')
    for (const list of sectionLists) {
      for (const item of list.items) {
        if (isStandardForm(item.marker) !== false) continue
        // "（一）、" is the bracket rule's fault when that rule is on.
        if (bracketRule && BRACKET_THEN_PUNCTUATION.test(item.marker.raw)) continue
        const standard = standardFormOf(item.marker)
        if (!standard) continue
        report(
          {
            zh: `序号“${item.marker.raw}”不合公文格式（GB/T 9704-2012）；应写作“${standard}”`,
            en: `"${item.marker.raw}" is not the GB/T 9704-2012 form; write "${standard}"`,
            actual: item.marker.raw,
            expected: [standard],
          },
          item.markerPosition,
        )
      }
    }
  },
}
