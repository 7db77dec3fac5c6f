/**
 * The output floor: builds a fresh copy of a parsed document, node for node, through the same
 * object literals the parser returns (a node, its position and two points, its marker, its
 * arrays; strings are shared, as the parser's are slices of the input). No parsing happens, so the
 * time it takes is what any function returning this tree pays before it reads a character:
 * allocation, and garbage collection of a tree that stays alive until it is returned.
 */
import type {
  Marker,
  Paragraph,
  ParseWarning,
  Point,
  Position,
  Removed,
  Section,
  SpeechDocument,
} from '../src/index.js'

function position(p: Position): Position {
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  }
}

function nullablePosition(p: Position | null): Position | null {
  return p === null ? null : position(p)
}

function marker(m: Marker): Marker {
  return { raw: m.raw, style: m.style, ordinal: m.ordinal }
}

function points(list: readonly Point[]): Point[] {
  const out: Point[] = []
  for (const p of list) {
    out.push({
      type: 'point',
      marker: marker(p.marker),
      text: p.text,
      points: points(p.points),
      position: position(p.position),
    })
  }
  return out
}

function paragraphs(list: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = []
  for (const p of list) {
    out.push({ type: 'paragraph', text: p.text, points: points(p.points), position: position(p.position) })
  }
  return out
}

function sections(list: readonly Section[]): Section[] {
  const out: Section[] = []
  for (const s of list) {
    const section: Section = {
      type: 'section',
      depth: s.depth,
      marker: s.marker === null ? null : marker(s.marker),
      text: s.text,
      body: paragraphs(s.body),
      children: sections(s.children),
      position: position(s.position),
    }
    if (s.headingPosition) section.headingPosition = position(s.headingPosition)
    out.push(section)
  }
  return out
}

function removed(list: readonly Removed[]): Removed[] {
  return list.map((r) => ({ text: r.text, reason: r.reason, position: position(r.position) }))
}

function warnings(list: readonly ParseWarning[] | undefined): ParseWarning[] | undefined {
  return list?.map((w) => ({ code: w.code, message: w.message, position: position(w.position) }))
}

export function copyTree(doc: SpeechDocument): SpeechDocument {
  return {
    type: 'speech',
    title: doc.title,
    subtitle: doc.subtitle,
    author: doc.author,
    date: doc.date,
    salutation: doc.salutation,
    preamble: paragraphs(doc.preamble),
    sections: sections(doc.sections),
    closing: paragraphs(doc.closing),
    removed: removed(doc.removed),
    warnings: warnings(doc.warnings),
    frame: {
      title: nullablePosition(doc.frame.title),
      subtitle: nullablePosition(doc.frame.subtitle),
      author: nullablePosition(doc.frame.author),
      date: nullablePosition(doc.frame.date),
      salutation: nullablePosition(doc.frame.salutation),
    },
    position: position(doc.position),
  }
}
