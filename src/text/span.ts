/**
 * A piece of normalised text that remembers where each of its characters came from in the original
 * input. Text is built from runs of consecutive source characters ("pieces"); most lines are one
 * piece, a line with Markdown emphasis removed or a paragraph joined from broken lines has several.
 */
export class Span {
  /** The normalised text. */
  readonly text: string
  /** Flattened pairs [textIndex, sourceOffset, …], ascending: text[textIndex] came from sourceOffset. */
  private readonly pieces: readonly number[]

  constructor(text: string, pieces: readonly number[]) {
    this.text = text
    this.pieces = pieces
  }

  /** A span of `input.slice(start, end)` as it stands. */
  static fromSource(input: string, start: number, end: number): Span {
    return new Span(input.slice(start, end), [0, start])
  }

  /** Joins spans end to end (the separators between them, e.g. line breaks, are dropped). */
  static concat(spans: readonly Span[]): Span {
    if (spans.length === 1) return spans[0]!
    let text = ''
    const pieces: number[] = []
    for (const span of spans) {
      const base = text.length
      for (let i = 0; i < span.pieces.length; i += 2) pieces.push(span.pieces[i]! + base, span.pieces[i + 1]!)
      text += span.text
    }
    return new Span(text, pieces)
  }

  get length(): number {
    return this.text.length
  }

  /** Source offset of the character at `index` (index may equal length: one past the last char). */
  offsetAt(index: number): number {
    const pieces = this.pieces
    // Binary search the last piece starting at or before index.
    let lo = 0
    let hi = pieces.length / 2 - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (pieces[mid * 2]! <= index) lo = mid
      else hi = mid - 1
    }
    if (index >= this.text.length && index > 0) return this.offsetAt(index - 1) + 1
    return pieces[lo * 2 + 1]! + (index - pieces[lo * 2]!)
  }

  /** Source offsets [start, end) covered by text[from, to). */
  sourceRange(from = 0, to = this.text.length): [number, number] {
    if (to <= from) {
      const at = this.offsetAt(Math.min(from, this.text.length))
      return [at, at]
    }
    return [this.offsetAt(from), this.offsetAt(to - 1) + 1]
  }

  slice(from: number, to = this.text.length): Span {
    if (from <= 0 && to >= this.text.length) return this
    const pieces: number[] = []
    const src = this.pieces
    for (let i = 0; i < src.length; i += 2) {
      const at = src[i]!
      const nextAt = i + 2 < src.length ? src[i + 2]! : this.text.length
      if (nextAt <= from || at >= to) continue
      const start = Math.max(at, from)
      pieces.push(start - from, src[i + 1]! + (start - at))
    }
    if (pieces.length === 0) pieces.push(0, this.offsetAt(Math.min(from, this.text.length)))
    return new Span(this.text.slice(from, to), pieces)
  }

  /** The span without leading and trailing blanks (white space, U+3000, BOM). */
  trim(): Span {
    let from = 0
    let to = this.text.length
    while (from < to && isBlank(this.text.charCodeAt(from))) from++
    while (to > from && isBlank(this.text.charCodeAt(to - 1))) to--
    return this.slice(from, to)
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
