/**
 * Answers "does a later paragraph continue the marker sequence of paragraph i, before a more senior
 * marker closes it?" in O(log n) per question, so that documents with 100,000 headings stay linear.
 */
import type { MarkerMatch } from '../markers/match.js'
import { canContinueList, STYLE_RANK } from '../markers/styles.js'
import type { MarkerStyle } from '../schema.js'

const ENUMERATIONS: readonly MarkerStyle[] = ['ordinal', 'enum-shi', 'enum-yao', 'sequence']

const STYLE_IDS = new Map<MarkerStyle, number>(
  (Object.keys(STYLE_RANK) as MarkerStyle[]).map((style, i) => [style, i]),
)
const VARIANT_IDS = new Map<string, number>([['*', 0]])

/** A number naming (style, variant, ordinal): numeric keys keep the index cheap to build. */
function key(style: MarkerStyle, variant: string, ordinal: number): number {
  let v = VARIANT_IDS.get(variant)
  if (v === undefined) {
    v = VARIANT_IDS.size
    VARIANT_IDS.set(variant, v)
  }
  return (STYLE_IDS.get(style)! * 1024 + v) * 4096 + Math.min(ordinal, 4095)
}

function firstAfter(sorted: readonly number[] | undefined, after: number): number {
  if (!sorted) return Number.POSITIVE_INFINITY
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! <= after) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length ? sorted[lo]! : Number.POSITIVE_INFINITY
}

export class SequenceIndex {
  private readonly positions = new Map<number, number[]>()
  /** For each paragraph, the first later paragraph led by a more senior marker. */
  private readonly stop: number[]

  constructor(leads: ReadonlyArray<MarkerMatch | null>) {
    leads.forEach((lead, i) => {
      if (!lead) return
      const { style, ordinal } = lead.marker
      for (const k of [key(style, lead.variant, ordinal), key(style, '*', ordinal)]) {
        const list = this.positions.get(k)
        if (list) list.push(i)
        else this.positions.set(k, [i])
      }
    })
    this.stop = new Array<number>(leads.length).fill(Number.POSITIVE_INFINITY)
    const lastSeen = new Map<number, number>()
    for (let i = leads.length - 1; i >= 0; i--) {
      const lead = leads[i]
      if (!lead) continue
      const rank = STYLE_RANK[lead.marker.style]
      let stop = Number.POSITIVE_INFINITY
      for (const [r, at] of lastSeen) if (r < rank && at < stop) stop = at
      this.stop[i] = stop
      lastSeen.set(rank, i)
    }
  }

  /**
   * True when a paragraph after `from` (and before a more senior marker) opens with the next item
   * of `match`'s list: the same style and variant when `sameVariant`, else any compatible style.
   * 最后 counts as the next item only of a list that already has two.
   */
  continuesBelow(from: number, match: MarkerMatch, sameVariant: boolean): boolean {
    const { style, ordinal } = match.marker
    const want = ordinal + 1
    const stop = this.stop[from] ?? Number.POSITIVE_INFINITY
    const keys: number[] = []
    if (sameVariant) {
      keys.push(key(style, match.variant, want))
      if (style === 'sequence' && want > 2) keys.push(key('sequence', match.variant, 0))
    } else {
      const styles = ENUMERATIONS.includes(style) ? ENUMERATIONS : [style]
      for (const s of styles) if (canContinueList(style, s)) keys.push(key(s, '*', want))
      if (want > 2 && canContinueList(style, 'sequence')) keys.push(key('sequence', '*', 0))
    }
    return keys.some((k) => firstAfter(this.positions.get(k), from) < stop)
  }
}
