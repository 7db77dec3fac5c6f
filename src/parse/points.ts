/** Inline enumeration chains → `Point` trees with positions, nested where a list sits inside an item. */
import { PIECE_SIZE } from '../chunked-list.js'
import { copyMarker } from '../markers/match.js'
import { emptyList, PointNode } from '../nodes.js'
import type { Point } from '../schema.js'
import { isWhiteSpace } from '../text/chars.js'
import type { Locator } from '../text/locate.js'
import { shortSlice } from '../text/short-slice.js'
import type { Span } from '../text/span.js'
import { buildChains, type Candidate, type ChainTable, findCandidates } from './inline.js'

/** How many of the latest lists are looked at as a new list's possible parent. */
const RECENT_CHAINS = 16

/** Lists nest at most this deep; a deeper one is kept beside its would-be parent's list. */
const MAX_POINT_LEVEL = 8

/**
 * Where each list of the chain table sits, by list index, in scratch arrays shared by every
 * paragraph (grown as needed; no object per list): the index in the text of its first marker,
 * where the item holding it ends (`limit`: the text's end for a top-level list), its level (1 for
 * a top-level list), and its place among its siblings (`firstChild`, `lastChild`, `nextSibling`:
 * -1 for none). The top-level lists are the children of the root, list index `root`.
 */
let textStart = new Int32Array(32)
let limit = new Int32Array(32)
let level = new Int32Array(32)
let firstChild = new Int32Array(32)
let lastChild = new Int32Array(32)
let nextSibling = new Int32Array(32)

function reserve(lists: number): void {
  if (textStart.length >= lists) return
  const size = Math.max(lists, textStart.length * 2)
  textStart = new Int32Array(size)
  limit = new Int32Array(size)
  level = new Int32Array(size)
  firstChild = new Int32Array(size)
  lastChild = new Int32Array(size)
  nextSibling = new Int32Array(size)
}

/** Where item `k` (an index into the table's items) of list `c` ends: the next item's marker, or the list's limit. */
function itemEnd(table: ChainTable, c: number, k: number): number {
  return k + 1 < table.starts[c + 1]! ? table.at[k + 1]! : limit[c]!
}

/**
 * Places each list inside the item of an earlier list that contains it, or at the top; returns
 * the root's index (its children are the top-level lists).
 */
function nest(table: ChainTable, textEnd: number): number {
  const root = table.count
  reserve(root + 1)
  firstChild[root] = -1
  lastChild[root] = -1
  for (let c = 0; c < table.count; c++) {
    const start = table.at[table.starts[c]!]!
    const end = table.at[table.starts[c + 1]! - 1]!
    let parent = -1
    let within = textEnd
    // The innermost earlier list with an item spanning this one. Only the most recent lists can
    // hold it (lists nest close by), which keeps long paragraphs linear.
    for (let other = c - 1; other >= Math.max(0, c - RECENT_CHAINS) && parent < 0; other--) {
      // Lists of one kind never nest.
      if (table.kinds[other] === table.kinds[c] || level[other]! >= MAX_POINT_LEVEL) continue
      for (let k = table.starts[other]!; k < table.starts[other + 1]!; k++) {
        const from = table.at[k]!
        const to = itemEnd(table, other, k)
        if (start > from && end < to) {
          parent = other
          within = to
          break
        }
      }
    }
    textStart[c] = start
    limit[c] = within
    level[c] = parent >= 0 ? level[parent]! + 1 : 1
    firstChild[c] = -1
    lastChild[c] = -1
    nextSibling[c] = -1
    // Lists come in text order, so each is its parent's last child so far.
    const holder = parent >= 0 ? parent : root
    if (lastChild[holder]! < 0) firstChild[holder] = c
    else nextSibling[lastChild[holder]!] = c
    lastChild[holder] = c
  }
  return root
}

/** The points of the sibling lists from `head` up to (not including) `stop` (-1: to the last). */
function toPoints(
  candidates: readonly Candidate[],
  table: ChainTable,
  head: number,
  stop: number,
  span: Span,
  locator: Locator,
): Point[] {
  // A list of more than PIECE_SIZE points is made at its size: grown by push it would be made again
  // at each growth, in V8's large-object space (see ChunkedList). Its points are counted only when
  // the paragraph has that many candidates (nearly never).
  let count = 0
  if (candidates.length > PIECE_SIZE)
    for (let c = head; c !== stop; c = nextSibling[c]!) count += table.starts[c + 1]! - table.starts[c]!
  const list: Point[] = count > PIECE_SIZE ? new Array(count) : emptyList()
  let n = 0
  for (let c = head; c !== stop; c = nextSibling[c]!) {
    // Children are in text order and items do not overlap: one pointer hands each item its lists.
    let child = firstChild[c]!
    const last = table.starts[c + 1]! - 1
    const sibling = nextSibling[c]!
    for (let k = table.starts[c]!; k <= last; k++) {
      const candidate = candidates[table.items[k]!]!
      const markerStart = table.at[k]!
      let end = itemEnd(table, c, k)
      // A list's last item ends where the next list beside it starts: it does not hold its sibling
      // lists (a paragraph of many short lists would otherwise give every last item the rest of
      // the paragraph, and its output would grow with the square of its length).
      if (k === last && sibling >= 0 && textStart[sibling]! < end) end = textStart[sibling]!
      while (child >= 0 && textStart[child]! <= markerStart) child = nextSibling[child]!
      const first = child
      while (child >= 0 && textStart[child]! < end) child = nextSibling[child]!
      const marker = copyMarker(candidate.match.marker, table.ordinals[k]!)
      const text = trimmedSlice(span.text, markerStart + candidate.match.length, end)
      const points = toPoints(candidates, table, first, child, span, locator)
      list[n++] = new PointNode(marker, text, points, locator.spanPosition(span, markerStart, end))
    }
  }
  return list
}

/** `text.slice(from, to).trim()`, without the untrimmed copy, and shared when short (shortSlice). */
function trimmedSlice(text: string, from: number, to: number): string {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--
  return shortSlice(text, from, to)
}

/** The inline enumerations of a paragraph's text. */
export function extractPoints(span: Span, locator: Locator, known?: readonly Candidate[]): Point[] {
  const candidates = known ?? findCandidates(span.text, 0, span.text.length, 2)
  if (candidates.length < 2) return emptyList()
  const table = buildChains(candidates)
  if (table.count === 0) return emptyList()
  const root = nest(table, span.length)
  return toPoints(candidates, table, firstChild[root]!, -1, span, locator)
}
