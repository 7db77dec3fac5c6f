/** Inline enumeration chains → `Point` trees with positions, nested where a list sits inside an item. */
import { withOrdinal } from '../markers/match.js'
import { emptyList, PointNode } from '../nodes.js'
import type { Point } from '../schema.js'
import type { Locator } from '../text/locate.js'
import type { Span } from '../text/span.js'
import { buildChains, type Candidate, type Chain, findCandidates } from './inline.js'

interface Placed {
  chain: Chain
  children: Placed[]
  /** Where the item holding this chain ends (the text's end for a top-level chain). */
  limit: number
  /** 1 for a top-level list. */
  level: number
}

/** How many of the latest lists are looked at as a new list's possible parent. */
const RECENT_CHAINS = 16

/** Lists nest at most this deep; a deeper one is kept beside its would-be parent's list. */
const MAX_POINT_LEVEL = 8

/** Index where item `k` of a chain ends: the next item's marker, or the end of the text. */
function itemEnd(chain: Chain, k: number, textEnd: number): number {
  return k + 1 < chain.length ? chain[k + 1]!.candidate.index : textEnd
}

function sameKind(a: Chain, b: Chain): boolean {
  const x = a[0]!.candidate.match
  const y = b[0]!.candidate.match
  return x.marker.style === y.marker.style && x.variant === y.variant
}

/** Places each chain inside the item of an earlier chain that contains it, or at the top. */
function nest(chains: Chain[], textEnd: number): Placed[] {
  const top: Placed[] = []
  const placed: Placed[] = []
  for (const chain of chains) {
    const start = chain[0]!.candidate.index
    const end = chain[chain.length - 1]!.candidate.index
    let parent: Placed | null = null
    let limit = textEnd
    // The innermost earlier chain with an item spanning this chain. Only the most recent chains
    // can hold it (lists nest close by), which keeps long paragraphs linear.
    for (let i = placed.length - 1; i >= Math.max(0, placed.length - RECENT_CHAINS) && parent === null; i--) {
      const other = placed[i]!
      if (sameKind(other.chain, chain) || other.level >= MAX_POINT_LEVEL) continue
      for (let k = 0; k < other.chain.length; k++) {
        const from = other.chain[k]!.candidate.index
        const to = itemEnd(other.chain, k, other.limit)
        if (start > from && end < to) {
          parent = other
          limit = to
          break
        }
      }
    }
    const node: Placed = { chain, children: [], limit, level: parent ? parent.level + 1 : 1 }
    if (parent) parent.children.push(node)
    else top.push(node)
    placed.push(node)
  }
  return top
}

function toPoints(placed: Placed[], span: Span, locator: Locator): Point[] {
  const list: Point[] = emptyList()
  for (let p = 0; p < placed.length; p++) {
    const node = placed[p]!
    const chain = node.chain
    const children = node.children
    // Children are in text order and items do not overlap: one pointer hands each item its lists.
    let c = 0
    for (let k = 0; k < chain.length; k++) {
      const item = chain[k]!
      const markerStart = item.candidate.index
      const textStart = markerStart + item.candidate.match.length
      const end = itemEnd(chain, k, node.limit)
      while (c < children.length && children[c]!.chain[0]!.candidate.index <= markerStart) c++
      const first = c
      while (c < children.length && children[c]!.chain[0]!.candidate.index < end) c++
      const inner = children.slice(first, c)
      const marker = withOrdinal(item.candidate.match.marker, item.ordinal)
      const text = span.text.slice(textStart, end).trim()
      const points = toPoints(inner, span, locator)
      list.push(new PointNode(marker, text, points, locator.spanPosition(span, markerStart, end)))
    }
  }
  return list
}

/** The inline enumerations of a paragraph's text. */
export function extractPoints(span: Span, locator: Locator, known?: readonly Candidate[]): Point[] {
  const candidates = known ?? findCandidates(span.text, 0, span.text.length, 2)
  if (candidates.length < 2) return emptyList()
  const chains = buildChains(candidates)
  if (chains.length === 0) return emptyList()
  return toPoints(nest(chains, span.length), span, locator)
}
