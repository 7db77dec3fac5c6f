import { describe, expect, it } from 'vitest'
import { SlotTable } from '../src/slot-table.js'

describe('SlotTable', () => {
  it('numbers keys in the order first met, finds each again after growing, and knows no others', () => {
    const table = new SlotTable()
    // Keys spread like the sequence index's (style, variant, ordinal) numbers, and a run of neighbours.
    const keys = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? i * 4096 + (i % 7) : 54_000_000 + i))
    keys.forEach((k, i) => {
      expect(table.getOrAdd(k)).toBe(i)
    })
    expect(table.size).toBe(keys.length)
    keys.forEach((k, i) => {
      expect(table.get(k)).toBe(i)
      expect(table.getOrAdd(k)).toBe(i)
    })
    expect(table.size).toBe(keys.length)
    for (const absent of [1, 4095, 4097, 53_999_999, 54_005_000]) expect(table.get(absent)).toBe(-1)
  })

  it('takes key 0 (stored as 1, since 0 marks an empty entry)', () => {
    const table = new SlotTable()
    expect(table.get(0)).toBe(-1)
    expect(table.getOrAdd(0)).toBe(0)
    expect(table.get(0)).toBe(0)
  })
})
