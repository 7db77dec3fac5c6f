import type { Position, PositionPoint } from '../schema.js'

/** Converts offsets of `input` to unist points (1-based line and column, 0-based offset). */
export class Locator {
  private readonly lineStarts: number[]

  constructor(input: string) {
    const starts = [0]
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i)
      if (c === 10) starts.push(i + 1)
      else if (c === 13) {
        if (input.charCodeAt(i + 1) === 10) i++
        starts.push(i + 1)
      }
    }
    this.lineStarts = starts
  }

  point(offset: number): PositionPoint {
    const starts = this.lineStarts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) }
  }
}
