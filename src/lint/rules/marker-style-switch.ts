import type { Rule } from '../types.js'

/** One list whose items switch style while the ordinals run on: 一是 … 二要 … 第三，. */
export const markerStyleSwitch: Rule = {
  id: 'marker-style-switch',
  description: 'Items of one list switch marker style (一是 … 二要 … 第三，).',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、重点\n一是抓班子。\n正文。\n二要抓队伍。\n正文。\n第三，抓制度。\n正文。',
    passes: '一、重点\n一是抓班子。\n正文。\n二是抓队伍。\n正文。\n三是抓制度。\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      const first = list.items[0]!
      const firstWord = first.marker.raw.replace(/^[^是要，、]*/, '')
      for (const item of list.items.slice(1)) {
        const sameWord = item.marker.raw.replace(/^[^是要，、]*/, '') === firstWord
        if (item.marker.style !== first.marker.style || !sameWord) {
          report(
            {
              zh: `同一组列举的序号样式不统一：“${item.marker.raw}”与首项“${first.marker.raw}”不同`,
              en: `marker style switches inside one list: "${item.marker.raw}" after a list opened with "${first.marker.raw}"`,
            },
            item.markerPosition,
          )
          break
        }
      }
    }
  },
}
