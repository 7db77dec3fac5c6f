import { describe, expect, it } from 'vitest'
import { parseSpeech } from '../src/index.js'
import { float64Table, int8Table, int32Table, uint8Table, withParseTables } from '../src/typed-arrays.js'

describe('the tables of one parse (withParseTables)', () => {
  it('carves the tables of a parse out of one buffer, each at its own place', () => {
    withParseTables(() => {
      const a = int32Table(100)
      const b = uint8Table(100)
      const c = float64Table(10)
      expect(b.buffer).toBe(a.buffer)
      expect(c.buffer).toBe(a.buffer)
      a.fill(-1)
      b.fill(255)
      c.fill(1.5)
      // No table overlaps another: each still holds what was written into it.
      expect(a.every((x) => x === -1)).toBe(true)
      expect(b.every((x) => x === 255)).toBe(true)
      expect(c.every((x) => x === 1.5)).toBe(true)
      expect(c.byteOffset % 8).toBe(0)
    })
  })

  it('hands the next parse zero-filled tables over the same buffer', () => {
    let first: ArrayBufferLike | null = null
    withParseTables(() => {
      const table = int32Table(500)
      table.fill(7)
      int8Table(33).fill(-3)
      first = table.buffer
    })
    withParseTables(() => {
      const table = int32Table(500)
      expect(table.buffer).toBe(first)
      expect(table.every((x) => x === 0)).toBe(true)
      expect(int8Table(33).every((x) => x === 0)).toBe(true)
    })
  })

  it('makes fresh arrays outside a parse', () => {
    const a = int32Table(100)
    const b = int32Table(100)
    expect(a.buffer).not.toBe(b.buffer)
    expect(a.length).toBe(100)
  })

  it('serves what does not fit apart, then grows the buffer for the next parse, up to 1 MiB', () => {
    const big = 200_000 // 800 KB of Int32
    const buffers = () =>
      withParseTables(() => [int32Table(big).buffer, int32Table(big).buffer, int32Table(1000).buffer])
    buffers() // 1.6 MB asked: the buffer doubles to 1 MiB, and no further
    const [a, b, c] = buffers()
    expect(a!.byteLength).toBe(1024 * 1024)
    // The second does not fit beside the first: made apart, at its own size.
    expect(b).not.toBe(a)
    expect(b!.byteLength).toBe(big * 4)
    expect(c).toBe(a)
    expect(buffers()[0]!.byteLength).toBe(1024 * 1024)
  })

  it('lets a parse inside a parse carve after the outer one, leaving its tables alone', () => {
    withParseTables(() => {
      const outer = int32Table(100).fill(5)
      withParseTables(() => int32Table(100).fill(6))
      expect(outer.every((x) => x === 5)).toBe(true)
    })
  })

  it('closes the parse when it throws, and zeroes what it used', () => {
    expect(() =>
      withParseTables(() => {
        int32Table(64).fill(9)
        throw new Error('boom')
      }),
    ).toThrow('boom')
    withParseTables(() => expect(int32Table(64).every((x) => x === 0)).toBe(true))
    // Closed: outside a parse again, each table is made apart.
    expect(int32Table(64).buffer).not.toBe(int32Table(64).buffer)
  })

  it('gives the same tree for a text parsed after other texts as parsed first', () => {
    const text =
      '一、总体要求\n我们要加强学习。\n（一）抓落实。一是学；二是做。\n二、主要任务\n1.守正\n2.创新\n'
    const first = JSON.stringify(parseSpeech(text))
    parseSpeech('（一）\n'.repeat(5000))
    parseSpeech(`${'第一，学习。\n'.repeat(300)}三、结束\n`)
    expect(JSON.stringify(parseSpeech(text))).toBe(first)
  })
})
