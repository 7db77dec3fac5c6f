/**
 * The numbered lists of a document, as the rules see them: runs of sibling sections, and inline
 * enumerations inside paragraphs; plus the document's headings and paragraphs in reading order.
 */
import { canContinueList } from '../markers/styles.js'
import type { Marker, Paragraph, Point, Position, Section, SpeechDocument } from '../schema.js'

export interface ListItem {
  marker: Marker
  /** The heading text, or the point's text. */
  text: string
  /** Where the marker stands. */
  markerPosition: Position
  /** The heading (marker and heading sentence) or the whole point. */
  position: Position
  section: Section | null
  point: Point | null
}

/**
 * Why a list begins where it does: it is the first numbered item among its siblings, it follows
 * an unnumbered heading, it follows a list of another style, or its ordinals went back (a restart
 * at one, or any fall for inline lists).
 */
export type ListStart = 'first' | 'unnumbered' | 'style' | 'restart'

export interface SpeechList {
  kind: 'sections' | 'inline'
  /** Sections: the section holding the list (null at the top). Inline: the section whose body holds the paragraph. */
  parent: Section | null
  /** Inline lists: the paragraph they run in. */
  paragraph: Paragraph | null
  items: ListItem[]
  start: ListStart
  /** The list before this one among the same siblings (or in the same run of points). */
  previous: SpeechList | null
}

/** A heading or a paragraph, in reading order, with the markers it holds. */
export interface ReadingUnit {
  kind: 'heading' | 'paragraph'
  section: Section | null
  paragraph: Paragraph | null
  /** A heading's marker; a paragraph's points, depth first. */
  markers: Marker[]
}

/** Finds where a marker stands, given the position of the heading or point it opens. */
export type MarkerLocator = (position: Position, raw: string) => Position

/** The position of the first `length` characters at `position.start`, kept inside `position`. */
export function leadingPosition(position: Position, length: number): Position {
  const { start } = position
  const room = Math.max(0, position.end.offset - start.offset)
  const n = Math.min(length, room)
  return { start, end: { line: start.line, column: start.column + n, offset: start.offset + n } }
}

/** True when an item of `b` may continue (or be the predecessor of) a list of `a`. */
export function compatible(a: Marker, b: Marker): boolean {
  return canContinueList(a.style, b.style)
}

function sectionItem(section: Section, locate: MarkerLocator): ListItem | null {
  if (!section.marker) return null
  const position = section.headingPosition ?? section.position
  return {
    marker: section.marker,
    text: section.text,
    markerPosition: locate(position, section.marker.raw),
    position,
    section,
    point: null,
  }
}

/** Sibling sections → lists: a new list starts at an unnumbered heading, a change of style or a restart at one. */
function groupSiblings(
  sections: readonly Section[],
  parent: Section | null,
  locate: MarkerLocator,
  out: SpeechList[],
): void {
  let current = null as SpeechList | null
  let previous = null as SpeechList | null
  let afterUnnumbered = false
  for (const section of sections) {
    const item = sectionItem(section, locate)
    if (!item) {
      current = null
      afterUnnumbered = true
    } else {
      const last: ListItem | undefined = current?.items[current.items.length - 1]
      if (
        current &&
        last &&
        canContinueList(last.marker.style, item.marker.style) &&
        item.marker.ordinal !== 1
      ) {
        current.items.push(item)
      } else {
        const start: ListStart = afterUnnumbered
          ? 'unnumbered'
          : !last
            ? 'first'
            : canContinueList(last.marker.style, item.marker.style)
              ? 'restart'
              : 'style'
        current = { kind: 'sections', parent, paragraph: null, items: [item], start, previous }
        previous = current
        afterUnnumbered = false
        out.push(current)
      }
    }
    groupSiblings(section.children, section, locate, out)
  }
}

/**
 * Points → lists. The parser puts a second list of a paragraph after the first, where the ordinals
 * restart; a list runs on while its items may continue it (a compatible style, an ordinal other
 * than one), so that a repeated or misplaced item in a hand-built document reads as a fault of
 * the list rather than as a new list.
 */
function pointRuns(
  points: readonly Point[],
  paragraph: Paragraph,
  parent: Section | null,
  locate: MarkerLocator,
  out: SpeechList[],
): void {
  let current = null as SpeechList | null
  for (const point of points) {
    const last: ListItem | undefined = current?.items[current.items.length - 1]
    const item: ListItem = {
      marker: point.marker,
      text: point.text,
      markerPosition: locate(point.position, point.marker.raw),
      position: point.position,
      section: null,
      point,
    }
    if (
      current &&
      last &&
      canContinueList(last.marker.style, point.marker.style) &&
      point.marker.ordinal !== 1
    ) {
      current.items.push(item)
    } else {
      const start: ListStart = !last
        ? 'first'
        : canContinueList(last.marker.style, point.marker.style)
          ? 'restart'
          : 'style'
      current = { kind: 'inline', parent, paragraph, items: [item], start, previous: current }
      out.push(current)
    }
    pointRuns(point.points, paragraph, parent, locate, out)
  }
}

/** Calls `visit` for every two adjacent items of each list, in reading order. */
export function eachAdjacentPair(
  lists: readonly SpeechList[],
  visit: (prev: ListItem, item: ListItem, list: SpeechList) => void,
): void {
  for (const list of lists) {
    for (let i = 1; i < list.items.length; i++) visit(list.items[i - 1]!, list.items[i]!, list)
  }
}

export function sectionLists(doc: SpeechDocument, locate: MarkerLocator): SpeechList[] {
  const out: SpeechList[] = []
  groupSiblings(doc.sections, null, locate, out)
  return out
}

/** Visits every paragraph in reading order with the section whose body holds it (null outside sections). */
function eachParagraphIn(doc: SpeechDocument, visit: (p: Paragraph, parent: Section | null) => void): void {
  for (const p of doc.preamble) visit(p, null)
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      for (const p of s.body) visit(p, s)
      walk(s.children)
    }
  }
  walk(doc.sections)
  for (const p of doc.closing) visit(p, null)
}

export function inlineLists(doc: SpeechDocument, locate: MarkerLocator): SpeechList[] {
  const out: SpeechList[] = []
  eachParagraphIn(doc, (p, parent) => pointRuns(p.points, p, parent, locate, out))
  return out
}

function pointMarkers(points: readonly Point[], out: Marker[]): Marker[] {
  for (const p of points) {
    out.push(p.marker)
    pointMarkers(p.points, out)
  }
  return out
}

export function readingUnits(doc: SpeechDocument): ReadingUnit[] {
  const units: ReadingUnit[] = []
  const paragraph = (p: Paragraph, section: Section | null) =>
    units.push({ kind: 'paragraph', section, paragraph: p, markers: pointMarkers(p.points, []) })
  for (const p of doc.preamble) paragraph(p, null)
  const walk = (sections: readonly Section[]) => {
    for (const s of sections) {
      units.push({ kind: 'heading', section: s, paragraph: null, markers: s.marker ? [s.marker] : [] })
      for (const p of s.body) paragraph(p, s)
      walk(s.children)
    }
  }
  walk(doc.sections)
  for (const p of doc.closing) paragraph(p, null)
  return units
}
