/**
 * The output floor: what any function returning parseSpeech's tree pays before it reads a character.
 *
 * `recordTree` writes a parsed document to a tape: numbers in an Int32Array (off the JavaScript heap,
 * so the tape costs the garbage collector nothing) and, for the few strings that are not a plain
 * slice of the input (joined paragraphs, trimmed items), a side list. `buildTree` then builds the
 * same tree again, node for node, through the node makers the parser uses (src/nodes.ts: a node, its
 * position and two points, its marker; lists copied at their exact size by a builtin, as the parser's
 * are), slicing its strings from the input as the parser does. No parsing happens: its time is allocation, and the garbage collection of a tree that stays
 * alive until it is returned.
 */
import type {
  Marker,
  MarkerStyle,
  Paragraph,
  ParseWarning,
  Point,
  Position,
  Removed,
  RemovedReason,
  Section,
  SpeechDocument,
} from '../src/index.js'
import {
  emptyList,
  MarkerNode,
  ParagraphNode,
  PointNode,
  PositionNode,
  PositionPointNode,
  SectionNode,
} from '../src/nodes.js'

export interface TreeTape {
  input: string
  numbers: Int32Array
  /** Strings that are not one slice of the input, and the enum-like strings (styles, reasons). */
  strings: string[]
}

/** Writing side: numbers grow in a plain array, then move to the Int32Array. */
class TapeWriter {
  readonly numbers: number[] = []
  readonly strings: string[] = []
  private readonly known = new Map<string, number>()

  constructor(readonly input: string) {}

  number(n: number): void {
    this.numbers.push(n)
  }

  /**
   * A string of a node at `where`: as the input range it was sliced from when it is one (looked for
   * inside the node's own range only, so recording stays linear), else as an entry of the side list.
   */
  string(s: string | null, where: Position): void {
    if (s === null) {
      this.numbers.push(-2, 0)
      return
    }
    const from = where.start.offset
    const at = s.length > 0 ? this.input.slice(from, where.end.offset).indexOf(s) : -1
    if (at >= 0) this.numbers.push(from + at, from + at + s.length)
    else this.numbers.push(-1, this.listed(s))
  }

  /** A string from a small set (a style, a reason, a code): one side-list entry for all its uses. */
  word(s: string): void {
    this.numbers.push(-1, this.listed(s))
  }

  private listed(s: string): number {
    let index = this.known.get(s)
    if (index === undefined) {
      index = this.strings.length
      this.strings.push(s)
      if (s.length <= 32) this.known.set(s, index)
    }
    return index
  }

  position(p: Position): void {
    this.numbers.push(p.start.line, p.start.column, p.start.offset, p.end.line, p.end.column, p.end.offset)
  }
}

function writePoints(w: TapeWriter, points: readonly Point[]): void {
  w.number(points.length)
  for (const p of points) {
    writeMarker(w, p.marker, p.position)
    w.string(p.text, p.position)
    writePoints(w, p.points)
    w.position(p.position)
  }
}

function writeMarker(w: TapeWriter, m: Marker | null, where: Position): void {
  if (m === null) {
    w.number(0)
    return
  }
  w.number(1)
  w.string(m.raw, where)
  w.word(m.style)
  w.number(m.ordinal)
}

function writeParagraphs(w: TapeWriter, list: readonly Paragraph[]): void {
  w.number(list.length)
  for (const p of list) {
    w.string(p.text, p.position)
    writePoints(w, p.points)
    w.position(p.position)
  }
}

function writeSections(w: TapeWriter, list: readonly Section[]): void {
  w.number(list.length)
  for (const s of list) {
    w.number(s.depth)
    writeMarker(w, s.marker, s.position)
    w.string(s.text, s.position)
    writeParagraphs(w, s.body)
    writeSections(w, s.children)
    w.position(s.position)
    w.number(s.headingPosition ? 1 : 0)
    if (s.headingPosition) w.position(s.headingPosition)
  }
}

function writeNullablePosition(w: TapeWriter, p: Position | null): void {
  w.number(p === null ? 0 : 1)
  if (p !== null) w.position(p)
}

export function recordTree(doc: SpeechDocument, input: string): TreeTape {
  const w = new TapeWriter(input)
  const f = doc.frame
  const fields = [doc.title, doc.subtitle, doc.author, doc.date, doc.salutation]
  const places = [f.title, f.subtitle, f.author, f.date, f.salutation]
  for (let i = 0; i < fields.length; i++) w.string(fields[i] ?? null, places[i] ?? doc.position)
  writeParagraphs(w, doc.preamble)
  writeSections(w, doc.sections)
  writeParagraphs(w, doc.closing)
  w.number(doc.removed.length)
  for (const r of doc.removed) {
    w.string(r.text, r.position)
    w.word(r.reason)
    w.position(r.position)
  }
  const warnings = doc.warnings
  w.number(warnings === undefined ? -1 : warnings.length)
  for (const warning of warnings ?? []) {
    w.word(warning.code)
    w.string(warning.message, warning.position)
    w.position(warning.position)
  }
  for (const p of places) writeNullablePosition(w, p)
  w.position(doc.position)
  return { input, numbers: Int32Array.from(w.numbers), strings: w.strings }
}

/** Reading side: one pass over the tape. */
class TapeReader {
  private at = 0
  private readonly numbers: Int32Array
  private readonly input: string
  private readonly strings: string[]

  constructor(tape: TreeTape) {
    this.numbers = tape.numbers
    this.input = tape.input
    this.strings = tape.strings
  }

  number(): number {
    return this.numbers[this.at++]!
  }

  string(): string {
    const a = this.numbers[this.at++]!
    const b = this.numbers[this.at++]!
    return a >= 0 ? this.input.slice(a, b) : this.strings[b]!
  }

  nullableString(): string | null {
    if (this.numbers[this.at] === -2) {
      this.at += 2
      return null
    }
    return this.string()
  }

  position(): Position {
    const n = this.numbers
    const i = this.at
    this.at += 6
    return new PositionNode(
      new PositionPointNode(n[i]!, n[i + 1]!, n[i + 2]!),
      new PositionPointNode(n[i + 3]!, n[i + 4]!, n[i + 5]!),
    )
  }

  nullablePosition(): Position | null {
    return this.number() === 0 ? null : this.position()
  }
}

function readMarker(r: TapeReader): Marker | null {
  if (r.number() === 0) return null
  const raw = r.string()
  const style = r.string() as MarkerStyle
  return new MarkerNode(raw, style, r.number())
}

function readPoints(r: TapeReader): Point[] {
  const out: Point[] = emptyList()
  for (let n = r.number(); n > 0; n--) {
    const marker = readMarker(r)!
    const text = r.string()
    const points = readPoints(r)
    out.push(new PointNode(marker, text, points, r.position()))
  }
  return out
}

// Paragraph and section lists are gathered at the end of a scratch list and copied out at their
// exact size, as parseSpeech builds a section's body and children (an array grown by push would
// carry room for 16 more items). A list's items are complete, inner lists included, before they
// are gathered, so the nested readers share the one scratch list.
const scratch: Array<Paragraph | Section> = []

function gathered<T extends Paragraph | Section>(from: number): T[] {
  const out = scratch.slice(from) as T[]
  scratch.length = from
  return out
}

function readParagraphs(r: TapeReader): Paragraph[] {
  const from = scratch.length
  for (let n = r.number(); n > 0; n--) {
    const text = r.string()
    const points = readPoints(r)
    scratch.push(new ParagraphNode(text, points, r.position()))
  }
  return gathered(from)
}

function readSections(r: TapeReader): Section[] {
  const from = scratch.length
  for (let n = r.number(); n > 0; n--) {
    const depth = r.number()
    const marker = readMarker(r)
    const text = r.string()
    const body = readParagraphs(r)
    const children = readSections(r)
    const section = new SectionNode(marker, text, body, r.position())
    section.depth = depth
    section.children = children
    if (r.number() === 1) section.headingPosition = r.position()
    else delete section.headingPosition
    scratch.push(section)
  }
  return gathered(from)
}

export function buildTree(tape: TreeTape): SpeechDocument {
  const r = new TapeReader(tape)
  const title = r.nullableString()
  const subtitle = r.nullableString()
  const author = r.nullableString()
  const date = r.nullableString()
  const salutation = r.nullableString()
  const preamble = readParagraphs(r)
  const sections = readSections(r)
  const closing = readParagraphs(r)
  const removed: Removed[] = []
  for (let n = r.number(); n > 0; n--) {
    const text = r.string()
    const reason = r.string() as RemovedReason
    removed.push({ text, reason, position: r.position() })
  }
  const warningCount = r.number()
  let warnings: ParseWarning[] | undefined
  if (warningCount >= 0) {
    warnings = []
    for (let n = warningCount; n > 0; n--) {
      const code = r.string() as ParseWarning['code']
      const message = r.string()
      warnings.push({ code, message, position: r.position() })
    }
  }
  const frame = {
    title: r.nullablePosition(),
    subtitle: r.nullablePosition(),
    author: r.nullablePosition(),
    date: r.nullablePosition(),
    salutation: r.nullablePosition(),
  }
  return {
    type: 'speech',
    title,
    subtitle,
    author,
    date,
    salutation,
    preamble,
    sections,
    closing,
    removed,
    warnings,
    frame,
    position: r.position(),
  }
}
