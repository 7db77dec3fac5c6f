/**
 * Answers "does a later paragraph continue the marker sequence of paragraph i, before a more senior
 * marker closes it?" in O(log n) per question, so that documents with 100,000 headings stay linear.
 * Built once per document; questions allocate nothing.
 */
import { ChunkedList } from '../chunked-list.js'
import type { MarkerMatch } from '../markers/match.js'
import { isEnumerationId, isEnumerationStyle, STYLE_ID, STYLE_RANK, STYLES } from '../markers/styles.js'
import { keepShape } from '../shapes.js'
import { SlotTable } from '../slot-table.js'
import { float64Table, int8Table, int32Table } from '../typed-arrays.js'

const ENUMERATION_IDS = STYLES.filter(isEnumerationStyle).map((style) => STYLE_ID[style])

/** Distinct ranks, most senior first: a style's rank as a small index. */
const RANKS = [...new Set(Object.values(STYLE_RANK))].sort((a, b) => a - b)
/** Each style's rank index, by STYLE_ID. */
const RANK_INDEX = STYLES.map((style) => RANKS.indexOf(STYLE_RANK[style]))

/** Stands for every variant of a style (variantId never gives 0). */
const ANY_VARIANT = 0

/** A number naming (style, variant, ordinal): numeric keys keep the index cheap to build. */
function key(styleId: number, variant: number, ordinal: number): number {
  return (styleId * 1024 + variant) * 4096 + Math.min(ordinal, 4095)
}

export class SequenceIndex {
  /** Each key met, by a small number of its own (its slot). */
  private readonly slots = new SlotTable()
  /**
   * Paragraph indices led by each key, ascending, the keys' lists end to end: slot s holds
   * `indices[starts[s] .. starts[s + 1])`. Counted first, then filled: no list grows.
   */
  private readonly indices: Int32Array
  private readonly starts: Int32Array
  /** For each paragraph, the first later paragraph led by a more senior marker. */
  private readonly stop: Float64Array

  constructor(leads: ChunkedList<MarkerMatch | null>, count: number) {
    // Each lead is filed under two keys: its exact variant, and any variant. The leads are read
    // once, here; the passes below read only what this one wrote (a lead is a pointer to follow).
    const leadSlots = int32Table(count * 2)
    /** Each lead's rank index; -1 for a paragraph with none. */
    const ranks = int8Table(count).fill(-1)
    const counts: number[] = []
    for (let i = 0; i < count; i++) {
      const lead = leads.get(i)
      if (lead === null || lead === undefined) continue
      const style = lead.styleId
      const ordinal = lead.marker.ordinal
      const exact = this.slotOf(key(style, lead.variantId, ordinal), counts)
      const any = this.slotOf(key(style, ANY_VARIANT, ordinal), counts)
      counts[exact]!++
      counts[any]!++
      leadSlots[2 * i] = exact
      leadSlots[2 * i + 1] = any
      ranks[i] = RANK_INDEX[style]!
    }
    this.starts = int32Table(counts.length + 1)
    for (let s = 0; s < counts.length; s++) this.starts[s + 1] = this.starts[s]! + counts[s]!
    const next = int32Table(counts.length)
    next.set(this.starts.subarray(0, counts.length))
    this.indices = int32Table(this.starts[counts.length]!)
    for (let i = 0; i < count; i++) {
      if (ranks[i]! < 0) continue
      this.indices[next[leadSlots[2 * i]!]!++] = i
      this.indices[next[leadSlots[2 * i + 1]!]!++] = i
    }
    this.stop = float64Table(count).fill(Number.POSITIVE_INFINITY)
    const lastSeen = float64Table(RANKS.length).fill(Number.POSITIVE_INFINITY)
    for (let i = count - 1; i >= 0; i--) {
      const rank = ranks[i]!
      if (rank < 0) continue
      let stop = Number.POSITIVE_INFINITY
      for (let r = 0; r < rank; r++) if (lastSeen[r]! < stop) stop = lastSeen[r]!
      this.stop[i] = stop
      lastSeen[rank] = i
    }
  }

  /** The slot of key `k`, made (with a count of 0) if new. */
  private slotOf(k: number, counts: number[]): number {
    const slot = this.slots.getOrAdd(k)
    if (slot === counts.length) counts.push(0)
    return slot
  }

  /** True when a paragraph led by key `k` comes after `from` and before `stop`. */
  private hasBetween(k: number, from: number, stop: number): boolean {
    const slot = this.slots.get(k)
    if (slot < 0) return false
    const indices = this.indices
    let lo = this.starts[slot]!
    const end = this.starts[slot + 1]!
    let hi = end
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (indices[mid]! <= from) lo = mid + 1
      else hi = mid
    }
    return lo < end && indices[lo]! < stop
  }

  /**
   * True when a paragraph after `from` (and before a more senior marker) opens with the next item
   * of `match`'s list: the same style and variant when `sameVariant`, else any compatible style.
   * 最后 counts as the next item only of a list that already has two.
   */
  continuesBelow(from: number, match: MarkerMatch, sameVariant: boolean): boolean {
    const style = match.marker.style
    // 最后 is the last item: nothing continues it.
    if (match.marker.ordinal === 0 && style === 'sequence') return false
    const want = match.marker.ordinal + 1
    const stop = this.stop[from] ?? Number.POSITIVE_INFINITY
    const sequence = STYLE_ID.sequence
    if (sameVariant) {
      const variant = match.variantId
      if (this.hasBetween(key(match.styleId, variant, want), from, stop)) return true
      return style === 'sequence' && want > 2 && this.hasBetween(key(sequence, variant, 0), from, stop)
    }
    if (!isEnumerationId(match.styleId))
      return this.hasBetween(key(match.styleId, ANY_VARIANT, want), from, stop)
    for (const id of ENUMERATION_IDS) if (this.hasBetween(key(id, ANY_VARIANT, want), from, stop)) return true
    return want > 2 && this.hasBetween(key(sequence, ANY_VARIANT, 0), from, stop)
  }
}

keepShape(new SequenceIndex(new ChunkedList(0, false), 0))
