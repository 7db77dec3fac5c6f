import { describe, expect, it } from 'vitest'
import { ChunkedList, makesWholeLists, withListPool } from '../src/chunked-list.js'
import { parseSpeech } from '../src/index.js'

/** Writes `rows` values (row r holds `v${r}`) and reads every one back. */
function roundTrip(capacity: number, rows: number, order: 'forward' | 'backward', whole = false): string[] {
  const list = new ChunkedList<string>(capacity, whole)
  if (order === 'forward') for (let r = 0; r < rows; r++) list.set(r, `v${r}`)
  else for (let r = rows - 1; r >= 0; r--) list.set(r, `v${r}`)
  return Array.from({ length: rows }, (_, r) => list.get(r))
}

const expected = (rows: number): string[] => Array.from({ length: rows }, (_, r) => `v${r}`)

describe('ChunkedList', () => {
  it('keeps every row of a list within its capacity, across piece boundaries', () => {
    expect(roundTrip(8192, 8192, 'forward')).toEqual(expected(8192))
    expect(roundTrip(20_000, 20_000, 'forward')).toEqual(expected(20_000))
    expect(roundTrip(20_000, 20_000, 'backward')).toEqual(expected(20_000))
  })

  it('adds room when written past its capacity, from a small first piece or a full one', () => {
    expect(roundTrip(3, 30_000, 'forward')).toEqual(expected(30_000))
    expect(roundTrip(0, 17_000, 'backward')).toEqual(expected(17_000))
    expect(roundTrip(8193, 40_000, 'forward')).toEqual(expected(40_000))
  })

  it('keeps every row of a list made whole (a long text), and adds pieces past its capacity', () => {
    expect(roundTrip(20_000, 20_000, 'backward', true)).toEqual(expected(20_000))
    expect(roundTrip(10_000, 30_000, 'forward', true)).toEqual(expected(30_000))
    expect(roundTrip(100, 9000, 'forward', true)).toEqual(expected(9000))
  })

  it('is made whole for a text over 500,000 code units only', () => {
    expect(makesWholeLists(500_000)).toBe(false)
    expect(makesWholeLists(500_001)).toBe(true)
  })

  it('lets a later write replace a row, and leaves rows never written undefined', () => {
    const list = new ChunkedList<string | null>(10_000, false)
    list.set(9000, 'a')
    list.set(9000, null)
    list.set(8191, 'b')
    expect(list.get(9000)).toBeNull()
    expect(list.get(8191)).toBe('b')
    expect(list.get(8192)).toBeUndefined()
    expect(list.get(0)).toBeUndefined()
  })
})

describe('the pool of whole lists (withListPool)', () => {
  const fill = (list: ChunkedList<string>, rows: number, tag: string) => {
    for (let r = 0; r < rows; r++) list.set(r, `${tag}${r}`)
  }
  const unset = (list: ChunkedList<string>, rows: number) =>
    Array.from({ length: rows }, (_, r) => list.get(r)).filter((value) => value !== undefined)

  it('hands a later parse its lists empty: nothing of an earlier parse is left in them', () => {
    for (const rows of [20_000, 15_000, 30_000]) {
      withListPool(() => fill(new ChunkedList<string>(rows, true), rows, 'a'))
      expect(withListPool(() => unset(new ChunkedList<string>(rows, true), rows))).toEqual([])
    }
  })

  it('never hands one list to two tables of the same parse', () => {
    withListPool(() => {
      const lists = Array.from({ length: 10 }, () => new ChunkedList<string>(20_000, true))
      lists.forEach((list, k) => {
        fill(list, 20_000, `${k}:`)
      })
      lists.forEach((list, k) => {
        expect(list.get(0)).toBe(`${k}:0`)
        expect(list.get(19_999)).toBe(`${k}:19999`)
      })
    })
  })

  it('empties its lists when the parse throws', () => {
    expect(() =>
      withListPool(() => {
        fill(new ChunkedList<string>(20_000, true), 20_000, 'x')
        throw new Error('stop')
      }),
    ).toThrow('stop')
    expect(withListPool(() => unset(new ChunkedList<string>(20_000, true), 20_000))).toEqual([])
  })

  it('keeps every row of lists made outside a parse or longer than it pools', () => {
    expect(roundTrip(20_000, 20_000, 'forward', true)).toEqual(expected(20_000))
    const rows = 300_000
    expect(withListPool(() => roundTrip(rows, rows, 'backward', true))).toEqual(expected(rows))
  })

  it('gives the same tree for a long text parsed after another long text', () => {
    // Both over 500,000 code units, so their lists are whole and come from the pool.
    const first = `一、总体要求\n${'（一）加强学习。我们要坚持学习，提高本领。\n'.repeat(30_000)}`
    const second = `二、主要任务\n${'1.推进改革；2.扩大开放。\n'.repeat(40_000)}`
    expect(first.length).toBeGreaterThan(500_000)
    expect(second.length).toBeGreaterThan(500_000)
    const alone = JSON.stringify(parseSpeech(second))
    parseSpeech(first)
    expect(JSON.stringify(parseSpeech(second))).toBe(alone)
  })
})

describe('a paragraph with more inline items than one piece holds', () => {
  it('keeps every item, in order, at its place in the text', () => {
    // 12,000 inline markers in one paragraph: candidates gathered in pieces, one list of 12,000 points.
    const items = 6000
    const text = '一是学习；二是实践；'.repeat(items)
    const [paragraph] = parseSpeech(text).preamble
    const points = paragraph!.points
    expect(points).toHaveLength(2 * items)
    const wrong = points.findIndex(
      (point, k) =>
        point.marker.raw !== (k % 2 === 0 ? '一是' : '二是') || point.position.start.offset !== 5 * k,
    )
    expect(wrong).toBe(-1)
  })
})
