import { describe, expect, it } from 'vitest'
import { Span } from '../src/text/span.js'
import { SpanColumn } from '../src/text/span-column.js'

const input = '一、总体要求\n（一）**加强**领导\n二、主要任务'

/** Every character's source offset, and the text: what a span stands for. */
function mapping(span: Span): [string, number[]] {
  return [span.text, Array.from({ length: span.length + 1 }, (_, i) => span.offsetAt(i))]
}

describe('SpanColumn', () => {
  it('gives back a one-run span with its text and source offsets, made again from two numbers', () => {
    const column = new SpanColumn(2, false)
    const span = Span.fromSource(input, 7, 18)
    column.set(0, span)
    expect(span.runStart).toBe(7)
    expect(column.get(0)).not.toBe(span)
    expect(mapping(column.get(0))).toEqual(mapping(span))
    expect(column.text(0)).toBe(span.text)
  })

  it('keeps a span of several runs as it is (emphasis removed, broken lines joined)', () => {
    const line = Span.fromSource(input, 7, 18)
    const pieced = Span.concat([line.slice(0, 3), line.slice(5, 7), line.slice(9)])
    expect(pieced.text).toBe('（一）加强领导')
    expect(pieced.runStart).toBe(-1)
    const column = new SpanColumn(1, false)
    column.set(0, pieced)
    expect(column.get(0)).toBe(pieced)
    expect(mapping(column.get(0))[1]).toEqual([7, 8, 9, 12, 13, 16, 17, 18])
  })

  it('sets a run without a Span, copies rows of both kinds, and grows past its capacity', () => {
    const lines = new SpanColumn(2, false)
    lines.setRun(0, '二、主要任务', 19)
    const line = Span.fromSource(input, 7, 18)
    lines.set(1, Span.concat([line.slice(0, 3), line.slice(5)]))
    const paragraphs = new SpanColumn(1, false)
    for (let row = 0; row < 6; row++) paragraphs.copyRow(row, lines, row % 2)
    for (let row = 0; row < 6; row++) {
      expect(paragraphs.text(row)).toBe(lines.text(row % 2))
      expect(mapping(paragraphs.get(row))).toEqual(mapping(lines.get(row % 2)))
    }
    expect(mapping(paragraphs.get(4))).toEqual(mapping(Span.fromSource(input, 19, 25)))
  })

  it('lets a later write replace a row of either kind', () => {
    const column = new SpanColumn(1, false)
    const line = Span.fromSource(input, 7, 18)
    column.set(0, Span.concat([line.slice(0, 3), line.slice(5)]))
    column.set(0, Span.fromSource(input, 0, 6))
    expect(mapping(column.get(0))).toEqual(mapping(Span.fromSource(input, 0, 6)))
    column.setRun(0, '总体要求', 2)
    expect(mapping(column.get(0))).toEqual(mapping(Span.fromSource(input, 2, 6)))
  })
})
