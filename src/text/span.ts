import { keepShape } from '../shapes.js'

/**
 * A piece of normalised text that remembers where each of its characters came from in the original
 * input. Most spans are one run of consecutive source characters (`base` is where it starts); a
 * line with Markdown emphasis removed or a paragraph joined from broken lines is several runs
 * ("pieces"). The one-run case allocates no array, which matters on large inputs.
 */
export class Span {
  /** The normalised text. */
  readonly text: string
  /** Source offset of text[0] when the span is one run; -1 when `pieces` is used. */
  private readonly base: number
  /** Flattened pairs [textIndex, sourceOffset, …], ascending, for spans of several runs. */
  private readonly pieces: readonly number[] | null

  private constructor(text: string, base: number, pieces: readonly number[] | null) {
    this.text = text
    this.base = base
    this.pieces = pieces
  }

  /** A span of one run: `text` stands at source offset `base` (a table's row made a span again). */
  static ofRun(text: string, base: number): Span {
    return new Span(text, base, null)
  }

  /**
   * Where the span's one run starts in the source, or -1 when it has several: a table may keep a
   * one-run span as its text and this number, and make it again with `ofRun` when it is needed.
   */
  get runStart(): number {
    return this.pieces === null ? this.base : -1
  }

  /** A span of `input.slice(start, end)` as it stands. */
  static fromSource(input: string, start: number, end: number): Span {
    return new Span(input.slice(start, end), start, null)
  }

  /** Joins spans end to end (the separators between them, e.g. line breaks, are dropped). */
  static concat(spans: readonly Span[]): Span {
    if (spans.length === 1) return spans[0]!
    let text = ''
    const pieces: number[] = []
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s]!
      const at = text.length
      if (span.pieces === null) {
        const last = pieces.length - 2
        // Two runs that touch in the source stay one piece.
        if (!(last >= 0 && pieces[last + 1]! + (at - pieces[last]!) === span.base)) pieces.push(at, span.base)
      } else
        for (let i = 0; i < span.pieces.length; i += 2) pieces.push(span.pieces[i]! + at, span.pieces[i + 1]!)
      text += span.text
    }
    if (pieces.length === 2 && pieces[0] === 0) return new Span(text, pieces[1]!, null)
    return new Span(text, -1, pieces)
  }

  get length(): number {
    return this.text.length
  }

  /** Source offset of the character at `index` (index may equal length: one past the last char). */
  offsetAt(index: number): number {
    if (this.pieces === null) return this.base + index
    if (index >= this.text.length && index > 0) return this.offsetAt(index - 1) + 1
    const pieces = this.pieces
    // Binary search the last piece starting at or before index.
    let lo = 0
    let hi = pieces.length / 2 - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (pieces[mid * 2]! <= index) lo = mid
      else hi = mid - 1
    }
    return pieces[lo * 2 + 1]! + (index - pieces[lo * 2]!)
  }

  /** Source offset where text[from, to) begins (for an empty range: where it would be). */
  sourceStart(from = 0, to = this.text.length): number {
    return this.offsetAt(to <= from ? Math.min(from, this.text.length) : from)
  }

  /** Source offset just past text[from, to). */
  sourceEnd(from = 0, to = this.text.length): number {
    if (to <= from) return this.offsetAt(Math.min(from, this.text.length))
    return this.offsetAt(to - 1) + 1
  }

  slice(from: number, to = this.text.length): Span {
    if (from <= 0 && to >= this.text.length) return this
    if (this.pieces === null) return new Span(this.text.slice(from, to), this.base + from, null)
    const pieces: number[] = []
    const src = this.pieces
    for (let i = 0; i < src.length; i += 2) {
      const at = src[i]!
      const nextAt = i + 2 < src.length ? src[i + 2]! : this.text.length
      if (nextAt <= from || at >= to) continue
      const start = Math.max(at, from)
      pieces.push(start - from, src[i + 1]! + (start - at))
    }
    if (pieces.length === 0)
      return new Span(this.text.slice(from, to), this.offsetAt(Math.min(from, this.text.length)), null)
    if (pieces.length === 2) return new Span(this.text.slice(from, to), pieces[1]!, null)
    return new Span(this.text.slice(from, to), -1, pieces)
  }

  /** The span without leading and trailing blanks (white space, U+3000, BOM). */
  trim(): Span {
    const from = skipBlanks(this.text, 0)
    return this.slice(from, trimBlanksBefore(this.text, this.text.length, from))
  }
}

export function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x0b ||
    code === 0x0c ||
    (code >= 0x2000 && code <= 0x200b)
  )
}

/** Index of the first non-blank character of text[from, to), or `to`. */
export function skipBlanks(text: string, from: number, to = text.length): number {
  let at = from
  while (at < to && isBlank(text.charCodeAt(at))) at++
  return at
}

/** Index just past the last non-blank character of text[from, to), or `from`. */
export function trimBlanksBefore(text: string, to: number, from = 0): number {
  let at = to
  while (at > from && isBlank(text.charCodeAt(at - 1))) at--
  return at
}

keepShape(Span.fromSource(' ', 0, 1))
