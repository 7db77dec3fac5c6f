/**
 * Depth inference: decides how headings nest from the order in which marker styles are met
 * (as docutils does for reStructuredText), bounded by the conventional rank of each style.
 *
 * - A style already open closes everything below it; its item is a sibling of the open one.
 * - A new style nests under the heading before it, unless it ranks above the styles open at the
 *   bottom of the stack: those close first (the 一是…四是 of a preamble, then 一、).
 * - Items of one enumeration may switch style while the ordinals run on (一是, 二要, 第三，).
 * - Numbering that restarts at one nests under the open enumeration item when that item is a
 *   heading line of its own with body paragraphs; otherwise it begins a new list beside the old.
 * - Unnumbered headings sit above the numbered items that follow them.
 */

import type { MarkerMatch } from '../markers/match.js'
import { isEnumerationStyle, STYLE_ID, STYLE_RANK, STYLES } from '../markers/styles.js'
import type { Marker, MarkerStyle } from '../schema.js'
import { keepShape } from '../shapes.js'
import { int32Table } from '../typed-arrays.js'

export interface DepthInput {
  /** null for an unnumbered heading. */
  marker: Marker | null
  /** The heading sentence and body text share one paragraph ("（八）…。这是…"). */
  runIn: boolean
  /** At least one body paragraph follows the heading before the next heading. */
  hasBody: boolean
}

export interface DepthResult {
  depth: number
  /** The marker's ordinal with 最后 resolved to the item after its predecessor (0 if unknown). */
  ordinal: number
}

/**
 * The code of a marker's style in `inferDepths`' input and the parser's typed arrays: 0 is an
 * unnumbered heading, `STYLE_ID[style] + 1` the style (so `STYLES[code - 1]`).
 */
export const STYLE_CODE = Object.fromEntries(STYLES.map((style) => [style, STYLE_ID[style] + 1])) as Record<
  MarkerStyle,
  number
>

/** STYLE_CODE of a match's style, from the number the match carries (no lookup by the style's name). */
export function styleCodeOf(match: MarkerMatch): number {
  return match.styleId + 1
}

/** One bit per marker style, by code: a level's styles are a small bit set, cheap to copy and test. */
const BIT = [0, ...STYLES.map((_, i) => 1 << i)]
const RANK = [0, ...STYLES.map((style) => STYLE_RANK[style])]
const ENUMERATION_MASK = STYLES.reduce(
  (mask, style, i) => (isEnumerationStyle(style) ? mask | BIT[i + 1]! : mask),
  0,
)
const SEQUENCE = STYLE_CODE.sequence

interface Level {
  styles: number | null // bit set of BIT; null: a level of unnumbered headings
  rank: number
  lastOrdinal: number
  /** The flags (RUN_IN, HAS_BODY) of the level's latest heading. */
  item: number
}

/** The open levels, outermost first: a level's record is reused when another opens in its place. */
class LevelStack {
  private readonly levels: Level[] = []
  /** How many levels are open; lowering it closes the innermost ones. */
  size = 0

  at(index: number): Level {
    return this.levels[index]!
  }

  /** Opens a level at `index`, closing the one there and every level inside it; the new size. */
  openAt(index: number, styles: number | null, rank: number, lastOrdinal: number, item: number): number {
    const level = this.levels[index]
    if (level === undefined) this.levels[index] = { styles, rank, lastOrdinal, item }
    else {
      level.styles = styles
      level.rank = rank
      level.lastOrdinal = lastOrdinal
      level.item = item
    }
    this.size = index + 1
    return this.size
  }

  /** Opens a level inside the innermost one; the new size. */
  push(styles: number | null, rank: number, lastOrdinal: number, item: number): number {
    return this.openAt(this.size, styles, rank, lastOrdinal, item)
  }
}

/** Flags of a heading for `inferDepths`: its sentence and body share a paragraph. */
export const RUN_IN = 1
/** Flags of a heading for `inferDepths`: a body paragraph follows it before the next heading. */
export const HAS_BODY = 2

const UNNUMBERED_RANK = -1

function continues(level: Level, style: number, ordinal: number, exact: boolean): boolean {
  if (level.styles === null) return false
  const bit = BIT[style]!
  // Items of one enumeration may switch style while the ordinals run on (一是, 二要, 第三，).
  const styleOk =
    (level.styles & bit) !== 0 ||
    (!exact && (bit & ENUMERATION_MASK) !== 0 && (level.styles & ENUMERATION_MASK) !== 0)
  if (!styleOk) return false
  return ordinal === level.lastOrdinal + 1 || (ordinal === 0 && style === SEQUENCE)
}

/** The innermost level the item continues (exactly, else as a compatible style), or -1. */
function continuedLevel(stack: LevelStack, style: number, ordinal: number, exact: boolean): number {
  for (let i = stack.size - 1; i >= 0; i--) if (continues(stack.at(i), style, ordinal, exact)) return i
  return -1
}

/** The innermost level of unnumbered headings, or -1. */
function unnumberedLevel(stack: LevelStack): number {
  for (let i = stack.size - 1; i >= 0; i--) if (stack.at(i).styles === null) return i
  return -1
}

/** The innermost level whose items include the style, or -1. */
function levelWithStyle(stack: LevelStack, bit: number): number {
  for (let i = stack.size - 1; i >= 0; i--) {
    const styles = stack.at(i).styles
    if (styles !== null && (styles & bit) !== 0) return i
  }
  return -1
}

/** Assigns a depth (1 = outermost) to each heading, in reading order. */
export function assignDepths(headings: readonly DepthInput[]): DepthResult[] {
  const styles = new Uint8Array(headings.length)
  const ordinals = new Int32Array(headings.length)
  const flags = new Uint8Array(headings.length)
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h]!
    styles[h] = heading.marker ? STYLE_CODE[heading.marker.style] : 0
    ordinals[h] = heading.marker ? heading.marker.ordinal : 0
    flags[h] = (heading.runIn ? RUN_IN : 0) | (heading.hasBody ? HAS_BODY : 0)
  }
  const { depth, ordinal } = inferDepths(styles, ordinals, flags, headings.length)
  const results: DepthResult[] = new Array(headings.length)
  for (let h = 0; h < headings.length; h++) results[h] = { depth: depth[h]!, ordinal: ordinal[h]! }
  return results
}

/** Depths and resolved ordinals by heading index: `assignDepths` as two typed arrays, no record per heading. */
export interface DepthTable {
  depth: Int32Array
  ordinal: Int32Array
}

/**
 * What `assignDepths` computes, into typed arrays: the parser's own use, with no record per heading
 * and without reading the markers themselves. By heading index, `styles` holds each marker's style
 * code (`STYLE_CODE`, 0 for an unnumbered heading), `matched` its ordinal as matched and `flags`
 * its RUN_IN and HAS_BODY bits; `count` headings are read.
 */
export function inferDepths(
  styles: ArrayLike<number>,
  matched: ArrayLike<number>,
  flags: ArrayLike<number>,
  count: number,
): DepthTable {
  const stack = new LevelStack()
  const depths = int32Table(count)
  const ordinals = int32Table(count)

  const siblingAt = (index: number, heading: number, style: number, ordinal: number): number => {
    stack.size = index + 1
    const level = stack.at(index)
    if (level.styles !== null) level.styles |= BIT[style]!
    level.lastOrdinal = ordinal
    level.item = heading
    return index + 1
  }

  for (let h = 0; h < count; h++) {
    const heading = flags[h]!
    const style = styles[h]!
    if (style === 0) {
      const at = unnumberedLevel(stack)
      if (at >= 0) {
        stack.size = at + 1
        stack.at(at).item = heading
      } else stack.openAt(0, null, UNNUMBERED_RANK, 0, heading)
      depths[h] = stack.size
      ordinals[h] = 0
      continue
    }

    let ordinal = matched[h]!
    let at = continuedLevel(stack, style, ordinal, true)
    if (at < 0) at = continuedLevel(stack, style, ordinal, false)
    if (at >= 0) {
      if (ordinal === 0) ordinal = stack.at(at).lastOrdinal + 1
      depths[h] = siblingAt(at, heading, style, ordinal)
      ordinals[h] = ordinal
      continue
    }

    const sameStyle = levelWithStyle(stack, BIT[style]!)
    if (sameStyle >= 0 && ordinal <= 1) {
      const top = stack.at(stack.size - 1)
      const openEnumeration =
        top.styles !== null && top.styles !== 0 && (top.styles & ~ENUMERATION_MASK) === 0
      // A senior style (一、) never nests under a junior item (第二，), whatever the layout.
      const seniorRestart = RANK[style]! < top.rank
      if (openEnumeration && (top.item & RUN_IN) === 0 && (top.item & HAS_BODY) !== 0 && !seniorRestart) {
        depths[h] = stack.push(BIT[style]!, RANK[style]!, ordinal, heading)
        ordinals[h] = ordinal
        continue
      }
      // A new list beside the old one.
      depths[h] = stack.openAt(sameStyle, BIT[style]!, RANK[style]!, ordinal, heading)
      ordinals[h] = ordinal
      continue
    }
    if (sameStyle >= 0) {
      // A gap or a step back in the numbering: still a sibling (lint reports it).
      depths[h] = siblingAt(sameStyle, heading, style, ordinal)
      ordinals[h] = ordinal
      continue
    }

    const rank = RANK[style]!
    while (stack.size > 0 && stack.at(stack.size - 1).rank > rank) stack.size--
    if (ordinal === 0) ordinal = 1
    depths[h] = stack.push(BIT[style]!, rank, ordinal, heading)
    ordinals[h] = ordinal
  }
  return { depth: depths, ordinal: ordinals }
}

keepShape(new LevelStack())
