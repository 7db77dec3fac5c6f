/**
 * Inline enumerations: lists whose items run inside one paragraph ("一是…。二是…。三是…").
 *
 * Candidates are markers that follow a clause boundary. A list is a chain of candidates whose
 * ordinals rise by one; an item is continued by a candidate of the same variant first ("二是" after
 * "一是"), then by one of a compatible style ("二要", "第三，"), so two interleaved lists (一是 … 三是
 * 第一，… 第二，… 四是) separate cleanly. A lone marker ("首先，…" with no 其次) makes no list; false
 * friends (第一次, 第一责任, 一、二线城市, 1.5亿元) are refused by the grammar itself.
 */
import { PIECE_SIZE } from '../chunked-list.js'
import {
  inlineMarkerAt,
  isClauseBoundaryCode,
  type MarkerMatch,
  mayStartMarkerCode,
} from '../markers/match.js'
import { canContinueList } from '../markers/styles.js'
import { emptyList, listOf, plainObjects } from '../nodes.js'
import { keepShape } from '../shapes.js'
import { grown } from '../typed-arrays.js'

export interface Candidate {
  /** Index of the marker's first character in the text. */
  index: number
  match: MarkerMatch
}

/** How many later candidates a list looks through for its next item. */
const LOOKAHEAD = 64

/** The answer for the many texts without candidates: shared, never modified. */
const NO_CANDIDATES: readonly Candidate[] = Object.freeze([])

/** Made by a constructor rather than a literal (see src/nodes.ts: no allocation site). */
const CandidateRecord = plainObjects(function (this: Candidate, index: number, match: MarkerMatch) {
  this.index = index
  this.match = match
})

/**
 * The inline marker candidates of `text[from, to)`. With `atLeast` 2 (the parser's use: one
 * marker alone makes no list), a text with a single candidate gives none, and nothing is
 * allocated for it beyond the match; a text where no second candidate can start is not matched at all.
 */
export function findCandidates(text: string, from = 0, to = text.length, atLeast = 1): readonly Candidate[] {
  // Every candidate after the first follows a clause boundary: a text with no boundary followed by
  // a possible marker start has one candidate at most, and none is wanted (no match is made). The
  // scan below starts at the first such boundary (nothing before it can start a later candidate).
  const firstBoundary = atLeast >= 2 ? boundaryBeforeStart(text, from, to) : from
  if (firstBoundary < 0) return NO_CANDIDATES
  let found: Candidate[] | null = null
  // Past PIECE_SIZE candidates (a paragraph of a whole book) `found` is gathered in pieces, joined
  // at the end by one `concat` (which makes its result at its size): an array grown by push past
  // ~16,000 items is made again in V8's large-object space at each growth (see ChunkedList).
  let fullPieces: Candidate[][] | null = null
  // The first candidate is kept aside until a second one comes.
  let firstIndex = -1
  let first: MarkerMatch | null = null
  // The text's first character needs no boundary before it.
  let j = from
  if (from < to && mayStartMarkerCode(text.charCodeAt(from))) {
    const match = inlineMarkerAt(text, from)
    // A marker needs text after it: a footnote mark \u2474 at the end of a line is not an item.
    if (match && from + match.length < to) {
      firstIndex = from
      first = match
      j = from + match.length - 1
    }
  }
  // One table lookup per character: only a character a marker may start with makes the one before
  // it worth a look. Such characters are about a third as common as clause boundaries (6.7% of
  // the sample's characters against 19%), so the first test fails more predictably: the scan alone
  // took 2.1 against 2.4 ns a character on 1 MB of speech.
  for (let i = Math.max(j, firstBoundary) + 1; i < to; i++) {
    if (!mayStartMarkerCode(text.charCodeAt(i))) continue
    if (!isClauseBoundaryCode(text.charCodeAt(i - 1))) continue
    const match = inlineMarkerAt(text, i)
    if (match && i + match.length < to) {
      if (found !== null) {
        if (found.length === PIECE_SIZE) {
          fullPieces ??= []
          fullPieces.push(found)
          found = emptyList()
        }
        found.push(new CandidateRecord(i, match))
      } else if (first === null) {
        firstIndex = i
        first = match
      } else {
        found = emptyList()
        found.push(new CandidateRecord(firstIndex, first), new CandidateRecord(i, match))
      }
      i += match.length - 1
    }
  }
  if (found !== null) return fullPieces === null ? found : emptyList<Candidate>().concat(...fullPieces, found)
  return first !== null && atLeast <= 1 ? listOf(new CandidateRecord(firstIndex, first)) : NO_CANDIDATES
}

/** The first clause boundary in `text[from, to - 1)` followed by a character a marker may start with, or -1. */
function boundaryBeforeStart(text: string, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if (mayStartMarkerCode(text.charCodeAt(i)) && isClauseBoundaryCode(text.charCodeAt(i - 1))) return i - 1
  }
  return -1
}

/**
 * Scratch arrays for buildChains, grown as needed (allocated once, not per paragraph): which
 * candidates are taken, each candidate's ordinal (-1 for 最后, which may continue any list of two,
 * -2 for another ordinal 0), and the window positions whose ordinal fits the item looked for.
 */
let usedScratch = new Uint8Array(256)
let ordinalScratch = new Int32Array(256)
const hitScratch = new Int32Array(LOOKAHEAD)

/**
 * The candidates by ordinal, for findNext: `byOrdinal[bucketStarts[b] .. bucketStarts[b + 1])`
 * holds, ascending, the indices of the candidates in bucket `b`: bucket 0 for 最后 (ordinal 0 of
 * the sequence style), `b` for ordinal b up to OVERFLOW_BUCKET, which holds the larger ordinals
 * too; another ordinal 0 is in no bucket. A search for the item numbered `want` reads that bucket
 * (and 最后's) within the look-ahead, not every candidate of it: in a long paragraph of lists that
 * end (no 三是 after 二是), each list's last search found nothing after reading its whole window.
 */
const OVERFLOW_BUCKET = 64
const bucketStarts = new Int32Array(OVERFLOW_BUCKET + 2)
const bucketFill = new Int32Array(OVERFLOW_BUCKET + 1)
let byOrdinal = new Int32Array(256)
/** The highest bucket of the latest paragraph: buckets above it are empty (and not cleared). */
let topBucket = 0

/** The bucket of a candidate whose `ordinalScratch` entry is `ordinal`, or -1 for none. */
function bucketOf(ordinal: number): number {
  if (ordinal > 0) return ordinal < OVERFLOW_BUCKET ? ordinal : OVERFLOW_BUCKET
  return ordinal === -1 ? 0 : -1
}

/** Files the first `count` candidates into their buckets (their ordinals already in ordinalScratch). */
function fillBuckets(count: number): void {
  if (byOrdinal.length < count) byOrdinal = new Int32Array(count * 2)
  let top = 0
  for (let i = 0; i < count; i++) {
    const b = bucketOf(ordinalScratch[i]!)
    if (b > top) top = b
  }
  topBucket = top
  bucketStarts.fill(0, 0, top + 2)
  for (let i = 0; i < count; i++) {
    const b = bucketOf(ordinalScratch[i]!)
    if (b >= 0) bucketStarts[b + 1]!++
  }
  for (let b = 0; b <= top; b++) {
    bucketStarts[b + 1]! += bucketStarts[b]!
    bucketFill[b] = bucketStarts[b]!
  }
  for (let i = 0; i < count; i++) {
    const b = bucketOf(ordinalScratch[i]!)
    if (b >= 0) byOrdinal[bucketFill[b]!++] = i
  }
}

/** The first place in bucket `b` holding a candidate after `cur` (the bucket's end if none). */
function firstAfter(b: number, cur: number): number {
  let lo = bucketStarts[b]!
  let hi = bucketStarts[b + 1]!
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byOrdinal[mid]! <= cur) lo = mid + 1
    else hi = mid
  }
  return lo
}

function fits(candidate: Candidate, want: number, styleOf: Candidate, sameVariant: boolean): boolean {
  const m = candidate.match
  const ref = styleOf.match
  const ordinalOk =
    m.marker.ordinal === want || (m.marker.ordinal === 0 && m.marker.style === 'sequence' && want > 2)
  if (!ordinalOk) return false
  if (sameVariant) return m.marker.style === ref.marker.style && m.variant === ref.variant
  if (m.marker.style === 'aspect' || ref.marker.style === 'aspect') return m.marker.style === ref.marker.style
  return canContinueList(ref.marker.style, m.marker.style)
}

/** The minimum length of a list, by the ordinal it starts at: 一…二 is a list, a lone 二…三 is not. */
function minimumLength(startOrdinal: number): number {
  return startOrdinal <= 1 ? 2 : 3
}

/**
 * The lists found by `buildChains` in the latest paragraph, end to end in scratch arrays (no
 * object per list or item; read before the next paragraph's lists are built): list `c` holds the
 * candidates `items[starts[c] .. starts[c + 1])`, with ordinals (最后 resolved) in `ordinals` and
 * the markers' places in the text in `at`.
 */
export interface ChainTable {
  count: number
  starts: Int32Array
  items: Int32Array
  ordinals: Int32Array
  /** Per item: where its marker stands in the text (its candidate's `index`). */
  at: Int32Array
  /** Per list: its first item's style and variant as one number (see `listKind`). */
  kinds: Int32Array
}

const chainTable: ChainTable = {
  count: 0,
  starts: new Int32Array(64),
  items: new Int32Array(64),
  ordinals: new Int32Array(64),
  at: new Int32Array(64),
  kinds: new Int32Array(64),
}

/** Makes room in the chain table for `items` items and one more list. */
function reserve(items: number, lists: number): void {
  if (chainTable.items.length < items) {
    const size = Math.max(items, chainTable.items.length * 2)
    chainTable.items = grown(chainTable.items, size)
    chainTable.ordinals = grown(chainTable.ordinals, size)
    chainTable.at = grown(chainTable.at, size)
  }
  if (chainTable.starts.length < lists + 1) {
    const size = Math.max(lists + 1, chainTable.starts.length * 2)
    chainTable.starts = grown(chainTable.starts, size)
    chainTable.kinds = grown(chainTable.kinds, size)
  }
}

/** A list's style and variant as one number: lists of one kind are the same list's kind. */
function listKind(match: MarkerMatch): number {
  return match.styleId * 65536 + match.variantId
}

/**
 * Builds the lists among the candidates, into the shared chain table (returned). Each list is
 * written at the end of the table as it grows, and dropped again if it stays too short to keep.
 */
export function buildChains(candidates: readonly Candidate[]): ChainTable {
  if (usedScratch.length < candidates.length) {
    usedScratch = new Uint8Array(candidates.length * 2)
    ordinalScratch = new Int32Array(candidates.length * 2)
  }
  const used = usedScratch
  used.fill(0, 0, candidates.length)
  for (let i = 0; i < candidates.length; i++) {
    const marker = candidates[i]!.match.marker
    ordinalScratch[i] = marker.ordinal > 0 ? marker.ordinal : marker.style === 'sequence' ? -1 : -2
  }
  fillBuckets(candidates.length)
  const table = chainTable
  table.count = 0
  table.starts[0] = 0
  let end = 0 // items written
  for (let s = 0; s < candidates.length; s++) {
    if (used[s]) continue
    const startOrdinal = candidates[s]!.match.marker.ordinal
    if (startOrdinal === 0) continue // 最后 cannot open a list
    const first = end
    reserve(end + 1, table.count + 1)
    table.items[end] = s
    table.at[end] = candidates[s]!.index
    table.ordinals[end++] = startOrdinal
    let cur = s
    for (;;) {
      const want = table.ordinals[end - 1]! + 1
      const next = findNext(candidates, used, cur, want, table.items[first]!, table.items[end - 1]!)
      if (next < 0) break
      reserve(end + 1, table.count + 1)
      table.items[end] = next
      table.at[end] = candidates[next]!.index
      table.ordinals[end++] = candidates[next]!.match.marker.ordinal || want
      // 最后 is the last item: the list ends with it.
      if (ordinalScratch[next] === -1) break
      cur = next
    }
    if (end - first >= minimumLength(startOrdinal)) {
      for (let k = first; k < end; k++) used[table.items[k]!] = 1
      // Its first item was read just now: the kind is taken while it is at hand.
      table.kinds[table.count] = listKind(candidates[s]!.match)
      table.starts[++table.count] = end
    } else end = first
  }
  return table
}

/**
 * The next item of the list whose first and latest items are candidates `first` and `last` (the
 * latest at `cur`): the index of a free candidate numbered `want` within the look-ahead, or -1.
 */
function findNext(
  candidates: readonly Candidate[],
  used: Uint8Array,
  cur: number,
  want: number,
  firstIndex: number,
  lastIndex: number,
): number {
  const last = candidates[lastIndex]!
  const first = candidates[firstIndex]!
  const end = Math.min(candidates.length, cur + 1 + LOOKAHEAD)
  // The free candidates whose ordinal fits, in text order: the bucket of `want` merged with, for a
  // third item on, 最后's bucket. Only they are read, not the whole window.
  const hits = hitScratch
  let count = 0
  const b = want < OVERFLOW_BUCKET ? want : OVERFLOW_BUCKET
  let x = 0
  let xEnd = 0
  if (b <= topBucket) {
    x = firstAfter(b, cur)
    xEnd = bucketStarts[b + 1]!
  }
  let y = 0
  let yEnd = 0
  if (want > 2) {
    y = firstAfter(0, cur)
    yEnd = bucketStarts[1]!
  }
  for (;;) {
    const fromX = x < xEnd ? byOrdinal[x]! : end
    const fromY = y < yEnd ? byOrdinal[y]! : end
    const i = fromX < fromY ? fromX : fromY
    if (i >= end) break
    if (fromX < fromY) x++
    else y++
    if (used[i] || !(b < OVERFLOW_BUCKET || i === fromY || ordinalScratch[i] === want)) continue
    // The first pass (the same variant as the last item) is taken as the hits come: most lists go
    // on with their next candidate of that number, and the window's later hits are not read.
    if (fits(candidates[i]!, want, last, true) && !hasCloserPredecessor(candidates, used, cur, i, want))
      return i
    hits[count++] = i
  }
  if (count === 0) return -1
  // Then the same variant as the first item, then any compatible style.
  for (let pass = 1; pass < 3; pass++) {
    const ref = pass === 1 ? first : last
    const same = pass < 2
    for (let h = 0; h < count; h++) {
      const i = hits[h]!
      if (fits(candidates[i]!, want, ref, same) && !hasCloserPredecessor(candidates, used, cur, i, want))
        return i
    }
  }
  return -1
}

/**
 * An item belongs to the nearest list before it: "第二，" does not continue a list opened by "首先"
 * when an unused "第一，" stands between them (that "第一，" opens the list "第二，" belongs to).
 */
function hasCloserPredecessor(
  candidates: readonly Candidate[],
  used: Uint8Array,
  cur: number,
  at: number,
  want: number,
): boolean {
  const m = candidates[at]!.match
  const ordinals = ordinalScratch
  for (let j = cur + 1; j < at; j++) {
    if (used[j] || ordinals[j] !== want - 1) continue
    const other = candidates[j]!.match
    if (other.marker.style === m.marker.style && other.variant === m.variant) return true
  }
  return false
}

/**
 * Does the marker at the start of a paragraph continue inside it? Returns 'same' when an item of
 * the same variant follows, 'compatible' when only an item of a compatible style does, else null.
 */
export function leadContinuesInside(candidates: readonly Candidate[]): 'same' | 'compatible' | null {
  const lead = candidates[0]
  if (lead?.index !== 0) return null
  const ordinal = lead.match.marker.ordinal
  if (ordinal === 0) return null
  const want = ordinal + 1
  const end = Math.min(candidates.length, 1 + LOOKAHEAD)
  let compatible = false
  for (let i = 1; i < end; i++) {
    if (fits(candidates[i]!, want, lead, true)) return 'same'
    if (fits(candidates[i]!, want, lead, false)) compatible = true
  }
  return compatible ? 'compatible' : null
}

keepShape(new CandidateRecord(0, inlineMarkerAt('一是', 0)!))
