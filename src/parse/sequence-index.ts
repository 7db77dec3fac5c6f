/**
 * Answers "does a later paragraph continue the marker sequence of paragraph i, before a more senior
 * marker closes it?" in O(log n) per question, so that documents with 100,000 headings stay linear.
 * Built once per document; questions allocate nothing.
 */
import type { MarkerMatch } from '../markers/match.js'
import { isEnumerationStyle, STYLE_RANK } from '../markers/styles.js'
import type { MarkerStyle } from '../schema.js'

const STYLES = Object.keys(STYLE_RANK) as MarkerStyle[]
const STYLE_ID = Object.fromEntries(STYLES.map((style, i) => [style, i])) as Record<MarkerStyle, number>
const ENUMERATION_IDS = STYLES.filter(isEnumerationStyle).map((style) => STYLE_ID[style])

/** Distinct ranks, most senior first: a style's rank as a small index. */
const RANKS = [...new Set(Object.values(STYLE_RANK))].sort((a, b) => a - b)
const RANK_INDEX = Object.fromEntries(
  STYLES.map((style) => [style, RANKS.indexOf(STYLE_RANK[style])]),
) as Record<MarkerStyle, number>

const ANY_VARIANT = 0
const VARIANT_IDS = new Map<string, number>()

function variantId(variant: string): number {
  let v = VARIANT_IDS.get(variant)
  if (v === undefined) {
    v = VARIANT_IDS.size + 1
    VARIANT_IDS.set(variant, v)
  }
  return v
}

/** A number naming (style, variant, ordinal): numeric keys keep the index cheap to build. */
function key(styleId: number, variant: number, ordinal: number): number {
  return (styleId * 1024 + variant) * 4096 + Math.min(ordinal, 4095)
}

export class SequenceIndex {
  /** Paragraph indices led by each (style, variant, ordinal), ascending. */
  private readonly positions = new Map<number, number[]>()
  /** For each paragraph, the first later paragraph led by a more senior marker. */
  private readonly stop: Float64Array

  constructor(leads: ReadonlyArray<MarkerMatch | null>) {
    for (let i = 0; i < leads.length; i++) {
      const lead = leads[i]
      if (!lead) continue
      const style = STYLE_ID[lead.marker.style]
      const ordinal = lead.marker.ordinal
      this.add(key(style, variantId(lead.variant), ordinal), i)
      this.add(key(style, ANY_VARIANT, ordinal), i)
    }
    this.stop = new Float64Array(leads.length).fill(Number.POSITIVE_INFINITY)
    const lastSeen = new Float64Array(RANKS.length).fill(Number.POSITIVE_INFINITY)
    for (let i = leads.length - 1; i >= 0; i--) {
      const lead = leads[i]
      if (!lead) continue
      const rank = RANK_INDEX[lead.marker.style]
      let stop = Number.POSITIVE_INFINITY
      for (let r = 0; r < rank; r++) if (lastSeen[r]! < stop) stop = lastSeen[r]!
      this.stop[i] = stop
      lastSeen[rank] = i
    }
  }

  private add(k: number, index: number): void {
    const list = this.positions.get(k)
    if (list) list.push(index)
    else this.positions.set(k, [index])
  }

  /** True when a paragraph led by key `k` comes after `from` and before `stop`. */
  private hasBetween(k: number, from: number, stop: number): boolean {
    const sorted = this.positions.get(k)
    if (!sorted) return false
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]! <= from) lo = mid + 1
      else hi = mid
    }
    return lo < sorted.length && sorted[lo]! < stop
  }

  /**
   * True when a paragraph after `from` (and before a more senior marker) opens with the next item
   * of `match`'s list: the same style and variant when `sameVariant`, else any compatible style.
   * 最后 counts as the next item only of a list that already has two.
   */
  continuesBelow(from: number, match: MarkerMatch, sameVariant: boolean): boolean {
    const style = match.marker.style
    const want = match.marker.ordinal + 1
    const stop = this.stop[from] ?? Number.POSITIVE_INFINITY
    const sequence = STYLE_ID.sequence
    if (sameVariant) {
      const variant = variantId(match.variant)
      if (this.hasBetween(key(STYLE_ID[style], variant, want), from, stop)) return true
      return style === 'sequence' && want > 2 && this.hasBetween(key(sequence, variant, 0), from, stop)
    }
    if (!isEnumerationStyle(style))
      return this.hasBetween(key(STYLE_ID[style], ANY_VARIANT, want), from, stop)
    for (const id of ENUMERATION_IDS) if (this.hasBetween(key(id, ANY_VARIANT, want), from, stop)) return true
    return want > 2 && this.hasBetween(key(sequence, ANY_VARIANT, 0), from, stop)
  }
}
