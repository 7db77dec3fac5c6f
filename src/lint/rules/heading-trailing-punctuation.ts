import type { Section } from '../../schema.js'
import type { ListItem } from '../lists.js'
import type { Rule } from '../types.js'

const DROPPED = /[。．.；;，,：:、]/

/** A heading on a line of its own: nothing after it on its last line. */
function standsAlone(section: Section): boolean {
  const heading = section.headingPosition
  if (!heading) return false
  const next = section.body[0]?.position ?? section.children[0]?.position
  return !next || next.start.line > heading.end.line
}

/** Does the heading end with punctuation (dropped from its text)? Null when unknown. */
function endsPunctuated(item: ListItem, source: string | null): boolean | null {
  const section = item.section
  const heading = section?.headingPosition
  if (!section || !heading) return null
  if (source !== null) return DROPPED.test(source[heading.end.offset - 1] ?? '')
  // Without the source: the heading's span is longer than marker and text when a mark was dropped.
  const span = heading.end.offset - heading.start.offset
  return heading.start.line === heading.end.line ? span > item.marker.raw.length + section.text.length : null
}

/**
 * `heading-trailing-punctuation` — 同级标题末尾标点不一.
 *
 * Headings of one list that stand on lines of their own differ in their end: some close with
 * "。", the others with nothing ("一、加强学习。" / "二、狠抓落实"). Headings run in with their
 * paragraph ("（一）强化治理。完成…") need their full stop and are left out. The minority is
 * reported. Fix: end them all the same way (GB/T 9704-2012 headings on their own line take no
 * full stop).
 *
 * Default severity: `info` (speech), `warning` (gbt9704).
 *
 * @example fails 1:1
 * 一、加强学习。
 * 正文。
 * 二、狠抓落实
 * 正文。
 * 三、注重实效
 * 正文。
 *
 * @example passes
 * 一、加强学习
 * 正文。
 * 二、狠抓落实
 * 正文。
 * 三、注重实效
 * 正文。
 */
export const headingTrailingPunctuation: Rule = {
  id: 'heading-trailing-punctuation',
  description: 'Sibling headings on lines of their own differ in trailing punctuation (some end with 。).',
  descriptionZh: '同级独立成行的标题末尾标点不一（有的带句号，有的不带）。',
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails: '一、加强学习。\n正文。\n二、狠抓落实\n正文。\n三、注重实效\n正文。',
    reports: ['1:1'],
    passes: '一、加强学习\n正文。\n二、狠抓落实\n正文。\n三、注重实效\n正文。',
  },
  check({ sectionLists, source, report }) {
    for (const list of sectionLists) {
      const items = list.items.filter((i) => i.section && standsAlone(i.section))
      const ends = items.map((i) => endsPunctuated(i, source))
      const known = ends.filter((e): e is boolean => e !== null)
      if (known.length < 2) continue
      const punctuated = known.filter(Boolean).length
      if (punctuated === 0 || punctuated === known.length) continue
      const majority = punctuated * 2 > known.length
      items.forEach((item, i) => {
        if (ends[i] === null || ends[i] === majority) return
        const heading = `${item.marker.raw}${item.text}`
        report(
          {
            zh: majority
              ? `同级标题末尾标点不一：“${heading}”末尾没有标点，同级其余标题都有；应统一`
              : `同级标题末尾标点不一：“${heading}”末尾带标点，同级其余标题都没有；应统一（独立成行的标题末尾一般不加句号）`,
            en: majority
              ? `inconsistent trailing punctuation: "${heading}" ends bare while its siblings end with punctuation; end them alike`
              : `inconsistent trailing punctuation: "${heading}" ends with punctuation while its siblings do not; end them alike (a heading on its own line takes no full stop)`,
          },
          item.position,
        )
      })
    }
  },
}
