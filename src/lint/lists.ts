/** Numbered lists of a document: sibling sections, and inline enumerations inside paragraphs. */
import { canContinueList } from '../markers/styles.js'
import type { Marker, Point, Position, Section, SpeechDocument } from '../schema.js'
import { eachParagraph } from '../walk.js'

export interface ListItem {
  marker: Marker
  text: string
  /** Where the marker stands. */
  markerPosition: Position
  /** The heading or point. */
  position: Position
  section: Section | null
}

export interface SpeechList {
  kind: 'sections' | 'inline'
  /** The section that holds a list of sections (null at the top level or for inline lists). */
  parent: Section | null
  items: ListItem[]
}

/** The position of the first `length` characters at `position.start` (a marker on one line). */
export function leadingPosition(position: Position, length: number): Position {
  const { start } = position
  return { start, end: { line: start.line, column: start.column + length, offset: start.offset + length } }
}

function sectionItem(section: Section): ListItem | null {
  if (!section.marker) return null
  const position = section.headingPosition ?? section.position
  return {
    marker: section.marker,
    text: section.text,
    markerPosition: leadingPosition(position, section.marker.raw.length),
    position,
    section,
  }
}

/** Groups siblings into lists: a new list starts at an unnumbered heading, a style change or a restart at one. */
function groupSiblings(sections: readonly Section[], parent: Section | null, out: SpeechList[]): void {
  let current: SpeechList | null = null
  for (const section of sections) {
    const item = sectionItem(section)
    if (!item) {
      current = null
    } else {
      const last = current?.items[current.items.length - 1]
      const continues =
        current !== null &&
        last !== undefined &&
        canContinueList(last.marker.style, item.marker.style) &&
        item.marker.ordinal !== 1
      if (continues && current) current.items.push(item)
      else {
        current = { kind: 'sections', parent, items: [item] }
        out.push(current)
      }
    }
    groupSiblings(section.children, section, out)
  }
}

function pointRuns(points: readonly Point[], out: SpeechList[]): void {
  let current: SpeechList | null = null
  for (const point of points) {
    const last = current?.items[current.items.length - 1]
    const item: ListItem = {
      marker: point.marker,
      text: point.text,
      markerPosition: leadingPosition(point.position, point.marker.raw.length),
      position: point.position,
      section: null,
    }
    if (current && last && point.marker.ordinal > last.marker.ordinal) current.items.push(item)
    else {
      current = { kind: 'inline', parent: null, items: [item] }
      out.push(current)
    }
    pointRuns(point.points, out)
  }
}

export function sectionLists(doc: SpeechDocument): SpeechList[] {
  const out: SpeechList[] = []
  groupSiblings(doc.sections, null, out)
  return out
}

export function inlineLists(doc: SpeechDocument): SpeechList[] {
  const out: SpeechList[] = []
  eachParagraph(doc, (p) => pointRuns(p.points, out))
  return out
}
