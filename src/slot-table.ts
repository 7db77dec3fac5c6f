import { keepShape } from './shapes.js'
import { int32Table } from './typed-arrays.js'

/**
 * Numeric keys → slots (0, 1, 2 … in the order the keys were first met): an open-addressing hash
 * table in two typed arrays, doubled when half full. A Map did the same job at several times the
 * cost per lookup, and a document with 100,000 headings makes half a million lookups.
 */
export class SlotTable {
  /** Each entry's key plus one (0: empty); keys are 0 to 2^31 - 2. */
  private keys = int32Table(64)
  private slots = int32Table(64)
  /** 32 minus log2 of the table's length: a hash keeps the product's top bits. */
  private shift = 26
  size = 0

  /** The slot of key `k`, or -1. */
  get(k: number): number {
    const keys = this.keys
    const mask = keys.length - 1
    for (let at = hash(k, this.shift); ; at = (at + 1) & mask) {
      const stored = keys[at]!
      if (stored === k + 1) return this.slots[at]!
      if (stored === 0) return -1
    }
  }

  /** The slot of key `k`, given the next free slot number if the key is new. */
  getOrAdd(k: number): number {
    const keys = this.keys
    const mask = keys.length - 1
    let at = hash(k, this.shift)
    for (; ; at = (at + 1) & mask) {
      const stored = keys[at]!
      if (stored === k + 1) return this.slots[at]!
      if (stored === 0) break
    }
    const slot = this.size++
    keys[at] = k + 1
    this.slots[at] = slot
    if (this.size * 2 > keys.length) this.grow()
    return slot
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldSlots = this.slots
    this.keys = int32Table(oldKeys.length * 2)
    this.slots = int32Table(oldKeys.length * 2)
    this.shift--
    const mask = this.keys.length - 1
    for (let i = 0; i < oldKeys.length; i++) {
      const stored = oldKeys[i]!
      if (stored === 0) continue
      let at = hash(stored - 1, this.shift)
      while (this.keys[at] !== 0) at = (at + 1) & mask
      this.keys[at] = stored
      this.slots[at] = oldSlots[i]!
    }
  }
}

/** Where key `k` is first looked for in a table of 2^(32 - shift) entries (multiplicative hashing). */
function hash(k: number, shift: number): number {
  return Math.imul(k, 0x9e3779b1) >>> shift
}

keepShape(new SlotTable())
