import type { Rule } from '../types.js'

/** A list of one item: （一） with no （二）. */
export const loneChild: Rule = {
  id: 'lone-child',
  description: 'A sub-list has a single item (（一） with no （二）).',
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails: '一、总体\n（一）目标\n正文。\n二、任务\n正文。',
    passes: '一、总体\n（一）目标\n正文。\n（二）要求\n正文。\n二、任务\n正文。',
  },
  check({ sectionLists, report }) {
    for (const list of sectionLists) {
      if (
        list.parent &&
        list.items.length === 1 &&
        list.parent.children.filter((c) => c.marker).length === 1
      ) {
        const only = list.items[0]!
        report(
          {
            zh: `“${list.parent.marker?.raw ?? ''}${list.parent.text}”之下只有一项“${only.marker.raw}”，单独一项不必编号或应补齐`,
            en: `a list of one item: "${only.marker.raw}" is the only child of "${list.parent.text}"; drop the number or add the rest`,
          },
          only.markerPosition,
        )
      }
    }
  },
}
