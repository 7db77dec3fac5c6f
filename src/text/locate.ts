import type { Position, PositionPoint } from '../schema.js'
import type { Span } from './span.js'

/**
 * Converts offsets of `input` to unist points (1-based line and column, 0-based offset). The parser
 * asks in nearly ascending order, so the line of the previous answer is tried before a binary search.
 */
export class Locator {
  /** Offset where each line starts: a typed array, sized once (a pushed array would grow by copies). */
  private readonly lineStarts: Int32Array
  /** Index of the line found last. */
  private cursor = 0

  constructor(input: string) {
    const lfOnly = input.indexOf('\r') < 0
    const starts = new Int32Array(countLines(input, lfOnly))
    let n = 1
    if (lfOnly) {
      for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) starts[n++] = i + 1
    } else {
      for (let i = 0; i < input.length; i++) {
        const c = input.charCodeAt(i)
        if (c === 10) starts[n++] = i + 1
        else if (c === 13) {
          if (input.charCodeAt(i + 1) === 10) i++
          starts[n++] = i + 1
        }
      }
    }
    this.lineStarts = starts
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts
    const last = starts.length - 1
    let at = this.cursor
    if (starts[at]! <= offset) {
      if (at === last || offset < starts[at + 1]!) return at
      at++
      if (at === last || offset < starts[at + 1]!) {
        this.cursor = at
        return at
      }
    }
    let lo = 0
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    this.cursor = lo
    return lo
  }

  point(offset: number): PositionPoint {
    const line = this.lineOf(offset)
    return { line: line + 1, column: offset - this.lineStarts[line]! + 1, offset }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) }
  }

  /** The position of `span.text[from, to)` in the input. */
  spanPosition(span: Span, from = 0, to = span.length): Position {
    return this.position(span.sourceStart(from, to), span.sourceEnd(from, to))
  }
}

/** How many lines the input has (line breaks \n, \r\n or \r, plus one). */
function countLines(input: string, lfOnly: boolean): number {
  let n = 1
  if (lfOnly) {
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) n++
    return n
  }
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 10 || (c === 13 && input.charCodeAt(i + 1) !== 10)) n++
  }
  return n
}
