/**
 * Source text → a table of lines. Each line keeps its offsets into the original input, where its
 * content starts and ends (its indentation is kept for the classifier: flush-left lines among
 * indented paragraphs read as headings), its Markdown heading level, and whether Markdown syntax
 * (bullets, emphasis, table/box borders, escapes) has to be peeled off its content.
 *
 * The table is a set of typed arrays, one entry per line, not a record per line: a large text then
 * costs the collector nothing for its lines, and a line's content becomes a `Span` only when a later
 * stage asks for it (blank lines never do).
 */
import { keepShape } from '../shapes.js'
import { int32Table, uint8Table } from '../typed-arrays.js'
import { charTable } from './chars.js'
import { shortSlice } from './short-slice.js'
import { isBlank, Span, skipBlanks, trimBlanksBefore } from './span.js'

export class LineTable {
  /** How many lines the text has. */
  count = 0
  /** Offset of each line's first character in the input (after the BOM on the first line). */
  readonly start: Int32Array
  /** Offset just past each line's last character (before its line break). */
  readonly end: Int32Array
  /** Offset of each line's first non-blank character (`end` for a blank line). */
  readonly contentStart: Int32Array
  /** Offset just past each line's last non-blank character. */
  readonly contentEnd: Int32Array
  /** Level of a Markdown ATX heading ("## …" → 2), 0 when the line is not one. */
  readonly markdownHeading: Uint8Array
  /** Per line: FLAG_SPECIAL (Markdown syntax to peel), FLAG_FRONT_MATTER. */
  readonly flags: Uint8Array

  constructor(
    readonly input: string,
    capacity: number,
  ) {
    this.start = int32Table(capacity)
    this.end = int32Table(capacity)
    this.contentStart = int32Table(capacity)
    this.contentEnd = int32Table(capacity)
    this.markdownHeading = uint8Table(capacity)
    this.flags = uint8Table(capacity)
  }

  /** How many leading blanks (spaces, tabs, U+3000) line `i` has as written. */
  indent(i: number): number {
    return this.contentStart[i]! - this.start[i]!
  }

  /** Line `i` is inside a leading YAML front matter block (delimiters included). */
  isFrontMatter(i: number): boolean {
    return (this.flags[i]! & FLAG_FRONT_MATTER) !== 0
  }

  /** Line `i` has no content (before any Markdown syntax is peeled). */
  isEmpty(i: number): boolean {
    return this.contentStart[i] === this.contentEnd[i]
  }

  /**
   * Line `i`'s trimmed content as it stands in the source when it has no Markdown syntax to remove
   * (its span is one run, starting at `contentStart[i]`), else null: ask `span(i)`.
   */
  plainText(i: number): string | null {
    if ((this.flags[i]! & FLAG_SPECIAL) !== 0) return null
    return shortSlice(this.input, this.contentStart[i]!, this.contentEnd[i]!)
  }

  /** Line `i`'s trimmed content, Markdown syntax removed, mapped to source offsets. */
  span(i: number): Span {
    const span = Span.fromSource(this.input, this.contentStart[i]!, this.contentEnd[i]!)
    return (this.flags[i]! & FLAG_SPECIAL) === 0 ? span : peelMarkdown(span)
  }
}

const FLAG_SPECIAL = 1
const FLAG_FRONT_MATTER = 2

const ATX_HEADING = /^(#{1,6})[ \t\u3000]+/
const BULLET = /^[-*+][ \t\u3000]+(?=\S)/

/**
 * Splits the input into lines, without the BOM, at the line starts the Locator found (after each
 * \n, \r\n or \r: the rule is written once, in locate.ts). A final line break opens no line here.
 */
export function splitLines(input: string, lineStarts: Int32Array): LineTable {
  const length = input.length
  let count = lineStarts.length
  if (count > 1 && lineStarts[count - 1] === length) count--
  const table = new LineTable(input, count)
  // One native scan of the whole text: most texts have no box edges, emphasis or escapes at all.
  const special = SPECIAL_ANYWHERE.test(input)
  for (let i = 0; i < count; i++) {
    const start = i === 0 && input.charCodeAt(0) === 0xfeff ? 1 : lineStarts[i]!
    let end = length
    if (i + 1 < lineStarts.length) {
      // The line ends before its break: \n or \r one character back, \r\n two.
      const next = lineStarts[i + 1]!
      end = input.charCodeAt(next - 1) === 10 && input.charCodeAt(next - 2) === 13 ? next - 2 : next - 1
    }
    addLine(table, i, start, end, special)
  }
  table.count = count
  markFrontMatter(table)
  return table
}

/** Characters that call for the slow path of `LineTable.span`: box edges, emphasis marks, escapes. */
const SPECIAL = charTable('│┃║*_\\')
const SPECIAL_ANYWHERE = /[│┃║*_\\]/

function addLine(table: LineTable, index: number, start: number, end: number, mayBeSpecial: boolean): void {
  const input = table.input
  const contentStart = skipBlanks(input, start, end)
  const contentEnd = trimBlanksBefore(input, end, contentStart)
  table.start[index] = start
  table.end[index] = end
  table.contentStart[index] = contentStart
  table.contentEnd[index] = contentEnd
  let special = false
  for (let i = contentStart; mayBeSpecial && i < contentEnd; i++) {
    if (SPECIAL[input.charCodeAt(i)] === 1) {
      special = true
      break
    }
  }
  const first = input.charCodeAt(contentStart)
  if (first === 0x23 /* # */) {
    const atx = ATX_HEADING.exec(input.slice(contentStart, contentEnd))
    if (atx) table.markdownHeading[index] = atx[1]!.length
  }
  const markdown = first === 0x23 /* # */ || first === 0x2d /* - */ || first === 0x2a || first === 0x2b
  if (special || markdown) table.flags[index] = FLAG_SPECIAL
}

/** The slow path: Markdown heading hashes, bullets, box edges, emphasis and escapes removed. */
function peelMarkdown(source: Span): Span {
  let span = source
  const first = span.text.charCodeAt(0)
  if (first === 0x23 /* # */) {
    const atx = ATX_HEADING.exec(span.text)
    if (atx) {
      span = span.slice(atx[0].length)
      const closing = closingHashes(span.text)
      if (closing >= 0) span = span.slice(0, closing)
    }
  } else if (first === 0x2d /* - */ || first === 0x2a /* * */ || first === 0x2b /* + */) {
    const bullet = BULLET.exec(span.text)
    if (bullet && !/^[-*+][ \t]*[-*+][ \t]*[-*+]/.test(span.text)) span = span.slice(bullet[0].length)
  }
  if (span.text.includes('│') || span.text.includes('┃') || span.text.includes('║')) {
    span = withoutBoxEdges(span).trim()
  }
  if (span.text.includes('**') || span.text.includes('__')) span = removeMatches(span, /\*\*|__/g)
  // Markdown backslash escapes (\\*, \\#, 1\\.) stand for the character itself.
  if (span.text.includes('\\')) span = removeMatches(span, /\\(?=[!-/:-@[-`{-~])/g)
  if (
    span.length > 0 &&
    (isBlank(span.text.charCodeAt(0)) || isBlank(span.text.charCodeAt(span.length - 1)))
  ) {
    span = span.trim()
  }
  return span
}

/**
 * Where the closing sequence of an ATX heading ("## 标题 ##": blanks, then hashes to the end)
 * begins, or -1. Scanned from the end: the expression /[ \t\u3000]+#+$/ would try every blank of a
 * long run as a start and take time quadratic in its length.
 */
function closingHashes(text: string): number {
  let hashes = text.length
  while (hashes > 0 && text.charCodeAt(hashes - 1) === 0x23 /* # */) hashes--
  if (hashes === text.length) return -1
  let blanks = hashes
  while (blanks > 0 && isHeadingBlank(text.charCodeAt(blanks - 1))) blanks--
  return blanks < hashes ? blanks : -1
}

function isHeadingBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000
}

const BOX_EDGE = charTable('│┃║|')

/**
 * The span without the box-drawing edges at its start and end ("│ 一、总体要求 │"), found by
 * scanning in from each end (an expression looking for the trailing run would try every edge
 * character of a long inner run as a start).
 */
function withoutBoxEdges(span: Span): Span {
  const text = span.text
  let from = 0
  while (from < text.length && BOX_EDGE[text.charCodeAt(from)] === 1) from++
  if (from === text.length) return span.slice(0, 0)
  let to = text.length
  while (to > from && BOX_EDGE[text.charCodeAt(to - 1)] === 1) to--
  return span.slice(from, to)
}

/** Removes every match of a global pattern from the span, keeping the source mapping. */
function removeMatches(span: Span, pattern: RegExp): Span {
  const parts: Span[] = []
  let last = 0
  pattern.lastIndex = 0
  for (let m = pattern.exec(span.text); m !== null; m = pattern.exec(span.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++
      continue
    }
    if (m.index > last) parts.push(span.slice(last, m.index))
    last = m.index + m[0].length
  }
  if (last === 0) return span
  if (last < span.length) parts.push(span.slice(last))
  return parts.length === 0 ? span.slice(0, 0) : Span.concat(parts)
}

function markFrontMatter(table: LineTable): void {
  let first = 0
  while (first < table.count && (table.isEmpty(first) || table.span(first).length === 0)) first++
  if (first >= table.count || table.markdownHeading[first] !== 0 || table.span(first).text !== '---') return
  for (let i = first + 1; i < Math.min(table.count, first + 60); i++) {
    const text = table.span(i).text
    if (text === '---' || text === '...') {
      for (let j = first; j <= i; j++) table.flags[j] = table.flags[j]! | FLAG_FRONT_MATTER
      return
    }
  }
}

keepShape(new LineTable('', 0))
