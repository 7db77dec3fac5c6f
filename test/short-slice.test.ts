import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shortSlice } from '../src/text/short-slice.js'

describe('shortSlice', () => {
  it('gives what slice gives, for short and long pieces, while the table fills and collides', () => {
    // Few distinct characters: the same pieces come again (table hits), and pieces that share a
    // length and end characters but differ inside land in the same slot (collisions).
    const text = fc.string({ unit: fc.constantFrom('一', '、', '（', '）', '二', 'a', ' '), maxLength: 40 })
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = t.length === 0 ? 0 : a % (t.length + 1)
        const to = from + (t.length === 0 ? 0 : b % (t.length - from + 1))
        expect(shortSlice(t, from, to)).toBe(t.slice(from, to))
      }),
      { seed: 20261203, numRuns: 20000 },
    )
  })

  it('tells apart pieces of one slot that differ only inside', () => {
    expect(shortSlice('（一）', 0, 3)).toBe('（一）')
    expect(shortSlice('（二）', 0, 3)).toBe('（二）')
    expect(shortSlice('x（一）', 1, 4)).toBe('（一）')
    expect(shortSlice('x（二）', 1, 4)).toBe('（二）')
  })
})
