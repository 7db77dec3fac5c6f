import { isEnumerationStyle } from '../../markers/styles.js'
import { findCandidates } from '../../parse/inline.js'
import type { Marker } from '../../schema.js'
import { renumber } from '../forms.js'
import { compatible, type ReadingUnit, type SpeechList } from '../lists.js'
import type { LintContext, Rule } from '../types.js'

/** Markers anywhere in a unit: a heading's own, a paragraph's points and those in its text. */
function markersOf(unit: ReadingUnit): Marker[] {
  if (unit.kind === 'heading' || !unit.paragraph) return unit.markers
  return [...unit.markers, ...findCandidates(unit.paragraph.text).map((c) => c.match.marker)]
}

/** Styles that may continue each other's lists share a family. */
function familyOf(marker: Marker): string {
  return isEnumerationStyle(marker.style) ? 'enumeration' : marker.style
}

function holdsPredecessor(markers: readonly Marker[], first: Marker): boolean {
  return markers.some((m) => m.ordinal === first.ordinal - 1 && compatible(m, first))
}

/** The text of an inline list's paragraph before its first item (null when it cannot be told). */
function textBefore(list: SpeechList, source: string | null): string | null {
  const paragraph = list.paragraph
  const item = list.items[0]!
  if (!paragraph || !item.point) return null
  if (source !== null) return source.slice(paragraph.position.start.offset, item.point.position.start.offset)
  const at = paragraph.text.indexOf(item.marker.raw + item.text.slice(0, 4))
  return at > 0 ? paragraph.text.slice(0, at) : null
}

/**
 * Is there a cause for a list to start above one? Its item before is elsewhere: the list continues
 * an earlier list of its style (cut by a heading between them), or the paragraph or heading just
 * before it holds the item before its first ("…一是…。" then "二是…"), or, for an inline list, the
 * text before it in its own paragraph does ("首先…。二是…三是…").
 */
function hasCause(
  list: SpeechList,
  context: LintContext,
  index: ReadonlyMap<object, number>,
  earlier: ReadonlyMap<SpeechList, SpeechList>,
): boolean {
  const first = list.items[0]!.marker
  if (list.kind === 'sections') {
    const last = earlier.get(list)?.items.at(-1)?.marker
    if (last && last.ordinal === first.ordinal - 1) return true
  } else {
    const prev = list.previous?.items[list.previous.items.length - 1]
    if (prev && prev.marker.ordinal === first.ordinal - 1 && compatible(prev.marker, first)) return true
    const before = textBefore(list, context.source)
    if (
      before !== null &&
      holdsPredecessor(
        findCandidates(before).map((c) => c.match.marker),
        first,
      )
    )
      return true
  }
  const owner = list.kind === 'sections' ? list.items[0]!.section : list.paragraph
  const unitIndex = owner ? index.get(owner) : undefined
  const previous = unitIndex !== undefined && unitIndex > 0 ? context.units[unitIndex - 1] : undefined
  return previous !== undefined && holdsPredecessor(markersOf(previous), first)
}

/**
 * `numbering-start` — 编号起点错误.
 *
 * A list starts above one without cause: headings 二、 三、 with no 一、, or an inline list that
 * opens at 二是 while nothing before it is its 一是 (the first item was left implicit). Not
 * reported when the item before the first is elsewhere: an earlier list of the same style ends
 * with it, or the paragraph or heading just before holds it. Fix: write the first item out, or
 * number from one.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 2:11
 * 一、信心
 * 信心来自理论的力量。二是形势让我们自信。三是经验让我们自信。四是制度让我们自信。
 *
 * @example passes
 * 一、信心
 * 一是理论让我们自信。二是形势让我们自信。三是经验让我们自信。四是制度让我们自信。
 */
export const numberingStart: Rule = {
  id: 'numbering-start',
  description: 'A list (of headings or inline) starts above one without cause (二、 or 二是 first).',
  descriptionZh: '一组编号无故从二或更大的序号开始（标题或段内列举）。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '一、信心\n信心来自理论的力量。二是形势让我们自信。三是经验让我们自信。四是制度让我们自信。',
    reports: ['2:11'],
    passes: '一、信心\n一是理论让我们自信。二是形势让我们自信。三是经验让我们自信。四是制度让我们自信。',
  },
  check(context) {
    const index = new Map<object, number>()
    for (const [i, unit] of context.units.entries()) {
      const owner = unit.kind === 'heading' ? unit.section : unit.paragraph
      if (owner) index.set(owner, i)
    }
    // The nearest earlier list of headings of each family (a document style, or the enumerations).
    const earlier = new Map<SpeechList, SpeechList>()
    const lastOfFamily = new Map<string, SpeechList>()
    for (const list of context.sectionLists) {
      const family = familyOf(list.items[0]!.marker)
      const before = lastOfFamily.get(family)
      if (before) earlier.set(list, before)
      lastOfFamily.set(family, list)
    }
    for (const list of [...context.sectionLists, ...context.inlineLists]) {
      const first = list.items[0]!
      if (first.marker.ordinal <= 1 || first.marker.style === 'aspect') continue
      if (hasCause(list, context, index, earlier)) continue
      const one = renumber(first.marker, 1)
      context.report(
        {
          zh: `编号起点错误：这一组从“${first.marker.raw}”开始，前面没有第一项；应补上第一项${one ? `“${one}”` : ''}，或从一开始编号`,
          en: `list starts at "${first.marker.raw}" with no first item before it; write the first item${one ? ` ("${one}")` : ''} or number from one`,
          actual: first.marker.raw,
          ...(one ? { expected: [one] } : {}),
        },
        first.markerPosition,
      )
    }
  },
}
