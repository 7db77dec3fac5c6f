import { enumerationWord, renumber } from '../forms.js'
import type { Rule } from '../types.js'

/**
 * `marker-style-switch` — 同组列举样式不统一.
 *
 * The items of one spoken enumeration switch style while the numbers run on: "一是 … 二要 …
 * 第三，". Checks lists of headings and inline lists. 首先/其次/最后 and 一方面/另一方面 mix
 * freely with the others ("首先 … 第二 … 第三" is idiomatic) and are left out. Reported once
 * per list, at the first item that switches. Fix: give every item the first item's form.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 4:1
 * 一、重点
 * 一是抓班子。
 * 正文。
 * 二要抓队伍。
 * 正文。
 * 第三，抓制度。
 * 正文。
 *
 * @example passes
 * 一、重点
 * 一是抓班子。
 * 正文。
 * 二是抓队伍。
 * 正文。
 * 三是抓制度。
 * 正文。
 */
export const markerStyleSwitch: Rule = {
  id: 'marker-style-switch',
  description: 'The items of one enumeration switch style (一是 … 二要 … 第三，), in headings or inline.',
  descriptionZh: '同一组列举的序号样式不统一（一是……二要……第三，），标题或段内列举均检查。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、重点\n一是抓班子。\n正文。\n二要抓队伍。\n正文。\n第三，抓制度。\n正文。',
    reports: ['4:1'],
    passes: '一、重点\n一是抓班子。\n正文。\n二是抓队伍。\n正文。\n三是抓制度。\n正文。',
  },
  check({ sectionLists, inlineLists, report }) {
    for (const list of [...sectionLists, ...inlineLists]) {
      const worded = list.items.filter((i) => enumerationWord(i.marker) !== null)
      const first = worded[0]
      if (!first) continue
      const word = enumerationWord(first.marker)
      const switched = worded.find(
        (i) => i.marker.style !== first.marker.style || enumerationWord(i.marker) !== word,
      )
      if (!switched) continue
      const forms = new Map<string, string>()
      for (const i of worded) {
        const key = `${i.marker.style}:${enumerationWord(i.marker)}`
        if (!forms.has(key)) forms.set(key, i.marker.raw)
      }
      const written = [...forms.values()]
      const fixed = renumber(first.marker, switched.marker.ordinal)
      report(
        {
          zh: `同组列举样式不统一：“${first.marker.raw}”开头的一组中出现“${switched.marker.raw}”（本组写法：${written.map((f) => `“${f}”`).join('')}）；应统一为“${first.marker.raw}”的样式${fixed ? `，如“${fixed}”` : ''}`,
          en: `marker style switches inside one list: "${switched.marker.raw}" in a list opened with "${first.marker.raw}" (forms: ${written.map((f) => `"${f}"`).join(' ')}); write every item like the first${fixed ? ` ("${fixed}")` : ''}`,
          actual: switched.marker.raw,
          ...(fixed ? { expected: [fixed] } : {}),
        },
        switched.markerPosition,
      )
    }
  },
}
