/**
 * Source text → lines. Each line keeps its offsets into the original input, its indentation (kept
 * for the classifier: flush-left lines among indented paragraphs read as headings) and its content
 * with Markdown syntax peeled off (heading hashes, bullets, emphasis, table/box borders).
 */
import { charTable } from './chars.js'
import { isBlank, Span, skipBlanks, trimBlanksBefore } from './span.js'

export interface SourceLine {
  /** 0-based line number. */
  line: number
  /** Offset of the line's first character in the input. */
  start: number
  /** Offset just past the line's last character (before its line break). */
  end: number
  /** Trimmed content, Markdown syntax removed, mapped to source offsets. */
  span: Span
  /** How many leading blanks (spaces, tabs, U+3000) the line has as written. */
  indent: number
  /** Level of a Markdown ATX heading ("## …" → 2), 0 when the line is not one. */
  markdownHeading: number
  /** Inside a leading YAML front matter block (delimiters included). */
  frontMatter: boolean
  /** A blank line (or the start of the text) comes right before this line; set by the parser. */
  afterBlank: boolean
}

const ATX_HEADING = /^(#{1,6})[ \t\u3000]+/
const BULLET = /^[-*+][ \t\u3000]+(?=\S)/

/** Splits the input into lines (\n, \r\n or \r), without the BOM. */
export function splitLines(input: string): SourceLine[] {
  const lines: SourceLine[] = []
  let start = input.charCodeAt(0) === 0xfeff ? 1 : 0
  const length = input.length
  // Without carriage returns, the native indexOf finds line ends faster than a loop.
  const lfOnly = input.indexOf('\r') < 0
  // One native scan of the whole text: most texts have no box edges, emphasis or escapes at all.
  const special = SPECIAL_ANYWHERE.test(input)
  let index = 0
  while (start <= length) {
    let end = start
    if (lfOnly) {
      end = input.indexOf('\n', start)
      if (end < 0) end = length
    } else {
      while (end < length) {
        const c = input.charCodeAt(end)
        if (c === 10 || c === 13) break
        end++
      }
    }
    lines.push(makeLine(input, index++, start, end, special))
    if (end >= length) break
    start = end + (input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1)
    if (start === length) break
  }
  markFrontMatter(lines)
  return lines
}

/** Characters that call for the slow path of `makeLine`: box edges, emphasis marks, escapes. */
const SPECIAL = charTable('│┃║*_\\')
const SPECIAL_ANYWHERE = /[│┃║*_\\]/

function makeLine(
  input: string,
  index: number,
  start: number,
  end: number,
  mayBeSpecial: boolean,
): SourceLine {
  const contentStart = skipBlanks(input, start, end)
  const contentEnd = trimBlanksBefore(input, end, contentStart)
  const indent = contentStart - start
  let special = false
  for (let i = contentStart; mayBeSpecial && i < contentEnd; i++) {
    if (SPECIAL[input.charCodeAt(i)] === 1) {
      special = true
      break
    }
  }
  const first = input.charCodeAt(contentStart)
  const markdown = first === 0x23 /* # */ || first === 0x2d /* - */ || first === 0x2a || first === 0x2b
  const span = Span.fromSource(input, contentStart, contentEnd)
  if (!special && !markdown) {
    return {
      line: index,
      start,
      end,
      span,
      indent,
      markdownHeading: 0,
      frontMatter: false,
      afterBlank: false,
    }
  }
  return peelMarkdown(index, start, end, span, indent)
}

/** The slow path: Markdown heading hashes, bullets, box edges, emphasis and escapes removed. */
function peelMarkdown(index: number, start: number, end: number, source: Span, indent: number): SourceLine {
  let span = source
  let markdownHeading = 0
  const first = span.text.charCodeAt(0)
  if (first === 0x23 /* # */) {
    const atx = ATX_HEADING.exec(span.text)
    if (atx) {
      markdownHeading = atx[1]!.length
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
  return { line: index, start, end, span, indent, markdownHeading, frontMatter: false, afterBlank: false }
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

function markFrontMatter(lines: SourceLine[]): void {
  let first = 0
  while (first < lines.length && lines[first]!.span.length === 0) first++
  if (first >= lines.length || lines[first]!.span.text !== '---' || lines[first]!.markdownHeading) return
  for (let i = first + 1; i < Math.min(lines.length, first + 60); i++) {
    const text = lines[i]!.span.text
    if (text === '---' || text === '...') {
      for (let j = first; j <= i; j++) lines[j]!.frontMatter = true
      return
    }
  }
}
