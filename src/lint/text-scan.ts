/**
 * Markers in running text that the parser did not make list items of: the "四是" that stays inside
 * the text of "二是" when a list runs 一是 … 二是 … 四是, a repeated "二是", an "一是" before a list
 * that seems to start at 二是. Only markers after a sentence end, a semicolon or a colon count
 * (。；！？：), so an idiom such as "一是一，二是二" or a phrase in mid-sentence is never one.
 */

import { findCandidates } from '../parse/inline.js'
import type { Marker, Position } from '../schema.js'
import type { Locator } from '../text/locate.js'
import { enumerationWord } from './forms.js'
import { compatible, type ListItem, type SpeechList } from './lists.js'

export interface TextMarker {
  marker: Marker
  /** Offset of the marker in the text that was scanned. */
  offset: number
}

const ENDS = new Set(['。', '；', '！', '？', '：', ';', '!', '?', ':'])
const SKIPPED = /[\s\u3000”’」』"']/

function afterSentenceEnd(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && SKIPPED.test(text[i]!)) i--
  return i >= 0 && ENDS.has(text[i]!)
}

/** Markers in `text[from, to)` that follow a sentence end, a semicolon or a colon. */
export function markersAfterSentenceEnds(text: string, from = 0, to = text.length): TextMarker[] {
  const out: TextMarker[] = []
  for (const c of findCandidates(text, from, to)) {
    if (c.match.marker.ordinal > 0 && afterSentenceEnd(text, c.index))
      out.push({ marker: c.match.marker, offset: c.index })
  }
  return out
}

/** Same style and, for spoken enumerations, the same word (是, 要, 第…) as the list's item. */
function sameKind(item: Marker, found: Marker): boolean {
  if (item.style !== found.style) return false
  const word = enumerationWord(item)
  return word === null ? false : word === enumerationWord(found)
}

export interface StrayMarker {
  /** The list item whose text holds the marker. */
  after: ListItem
  marker: TextMarker
  position: Position
}

/**
 * Markers of an inline list's own kind inside the text of its items, nested lists left out.
 * Needs the source text (positions are found in it).
 */
export function strayMarkers(list: SpeechList, source: string, locator: Locator): StrayMarker[] {
  const out: StrayMarker[] = []
  for (const item of list.items) {
    const point = item.point
    if (!point || point.marker.style === 'sequence' || point.marker.style === 'aspect') continue
    const from = item.markerPosition.end.offset
    const to = Math.min(point.position.end.offset, source.length)
    if (from >= to) continue
    const nested = point.points.map((p) => [p.position.start.offset, p.position.end.offset] as const)
    for (const found of markersAfterSentenceEnds(source, from, to)) {
      if (nested.some(([a, b]) => found.offset >= a && found.offset < b)) continue
      if (!sameKind(point.marker, found.marker)) continue
      out.push({
        after: item,
        marker: found,
        position: locator.position(found.offset, found.offset + found.marker.raw.length),
      })
    }
  }
  return out
}

export type StrayFault = 'gap' | 'duplicate' | 'order'

export interface InlineFault {
  kind: StrayFault
  found: StrayMarker
  /** The ordinal the list had reached when the marker was met. */
  reached: Marker
  /** The list's next item, when the marker sits inside an earlier item's text. */
  before?: Marker
}

/**
 * Reads the stray markers of an inline list in order, as the writer numbered them: after the last
 * item, "四是" when "二是" was last is a gap, "二是" again a duplicate, a lower ordinal out of
 * order; inside an earlier item, the same ordinal again is a duplicate and any other (but 一, which
 * opens a new list) is out of order. A restart at one ends the reading.
 */
export function inlineFaults(list: SpeechList, strays: readonly StrayMarker[]): InlineFault[] {
  const faults: InlineFault[] = []
  const last = list.items[list.items.length - 1]
  let reached: Marker | null = null
  let stopped = false
  for (const found of strays) {
    const m = found.marker.marker.ordinal
    const isLast = found.after === last
    if (m === 1) {
      if (isLast) stopped = true
      continue
    }
    if (!isLast) {
      const own = found.after.marker
      if (!compatible(own, found.marker.marker)) continue
      const next = list.items[list.items.indexOf(found.after) + 1]?.marker
      faults.push({
        kind: m === own.ordinal ? 'duplicate' : 'order',
        found,
        reached: own,
        ...(next ? { before: next } : {}),
      })
      continue
    }
    if (stopped) continue
    const current: Marker = reached ?? found.after.marker
    if (m === current.ordinal) faults.push({ kind: 'duplicate', found, reached: current })
    else if (m < current.ordinal) faults.push({ kind: 'order', found, reached: current })
    else {
      if (m > current.ordinal + 1) faults.push({ kind: 'gap', found, reached: current })
      reached = found.marker.marker
    }
  }
  return faults
}
