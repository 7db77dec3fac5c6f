import { PositionNode, PositionPointNode } from '../nodes.js'
import type { Position, PositionPoint } from '../schema.js'
import { keepShape } from '../shapes.js'
import { grownTable, int32Table } from '../typed-arrays.js'
import type { Span } from './span.js'

/**
 * Converts offsets of `input` to unist points (1-based line and column, 0-based offset). The parser
 * asks in nearly ascending order, so the line of the previous answer is tried before a binary search.
 */
export class Locator {
  /**
   * Offset where each line starts (0, then after each \n, \r\n or \r; a final line break starts one
   * more, empty line): a typed array, sized once (a pushed array would grow by copies).
   */
  readonly lineStarts: Int32Array
  /** Index of the line found last. */
  private cursor = 0

  constructor(input: string) {
    this.lineStarts = scanLineStarts(input)
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
    return new PositionPointNode(line + 1, offset - this.lineStarts[line]! + 1, offset)
  }

  position(start: number, end: number): Position {
    return new PositionNode(this.point(start), this.point(Math.max(start, end)))
  }

  /** The position of `span.text[from, to)` in the input. */
  spanPosition(span: Span, from = 0, to = span.length): Position {
    return this.position(span.sourceStart(from, to), span.sourceEnd(from, to))
  }
}

/**
 * Offsets where lines start (0, then after each \n, \r\n or \r), in one pass: written into a
 * typed array that doubles when full (a copy of a few bytes per line, less than a second scan of the
 * text), returned at its exact size.
 */
function scanLineStarts(input: string): Int32Array {
  let starts = int32Table(Math.max(64, input.length >> 5))
  let n = 1
  // Without carriage returns, the native indexOf finds line ends faster than a loop.
  if (input.indexOf('\r') < 0) {
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) {
      if (n === starts.length) starts = grownTable(starts, n * 2)
      starts[n++] = i + 1
    }
    return starts.subarray(0, n)
  }
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 13 && input.charCodeAt(i + 1) === 10) i++
    else if (c !== 10 && c !== 13) continue
    if (n === starts.length) starts = grownTable(starts, n * 2)
    starts[n++] = i + 1
  }
  return starts.subarray(0, n)
}

keepShape(new Locator(''))
