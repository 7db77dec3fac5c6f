/**
 * A list of per-row values for a parse's tables, kept in pieces of at most 8,192 items (or, for a
 * large text, whole, in a list kept from parse to parse: see PIECES_UP_TO and `withListPool`).
 *
 * In V8 an array of more than about 16,000 items (over 128 KB of elements, 8 bytes an item in
 * Node 20) is too large for the young generation and goes to the large-object space: fresh pages
 * mapped for it alone, each touched for the first time when the array is filled. A page fault costs
 * about 15 µs on this project's (virtualised) bench machine, so making an array of 17,000 items
 * took about 560 µs there against 8 µs for 16,000, and 18 µs for 17,000 items in three pieces (on
 * bare metal a fault is some 50 times cheaper, and so is the gap). A parse sizes several lists by
 * the text's line or paragraph count, which passes that bound at about 1 MB of normal speech and
 * much sooner on texts of short lines. Pieces of 8,192 items stay in the young generation. Measured
 * here (ms per MB, pinned to one CPU): 20,000 lines of nested markers 80 → 36, 40,000 lines of
 * （一） 133 → 50, 1 MB of speech 35 → 32; the indirection costs about 3% at 14 KB.
 */
import { keepShape } from './shapes.js'

const PIECE_BITS = 13
/** The most items a list gathered by push holds before the next go to a new piece. */
export const PIECE_SIZE = 1 << PIECE_BITS
const PIECE_MASK = PIECE_SIZE - 1

/** A piece of `size` empty rows, made ready for any value (so every piece has the same V8 elements kind). */
function newPiece<T>(size: number): T[] {
  const piece: T[] = new Array(size)
  if (size > 0) piece[0] = undefined as T
  return piece
}

/**
 * Texts longer than this (UTF-16 code units, about 1.4 MB of Chinese in UTF-8) make their lists
 * whole. Their parse allocates more than the young generation holds, so the lists live through
 * several scavenges, and pieces made young are then copied and promoted with the tree: measured
 * pinned, 2 MB of speech ran 37 ms per MB with whole lists against 47 in pieces (10 MB 64 against
 * 67, 200,000 lines of （一） 148 against 170), while up to 1 MB pieces won (see above).
 */
const PIECES_UP_TO = 500_000

/**
 * Whether a parse of a text of `textLength` code units makes its lists whole (see PIECES_UP_TO):
 * the parse decides once and hands the answer to each table it makes.
 */
export function makesWholeLists(textLength: number): boolean {
  return textLength > PIECES_UP_TO
}

/**
 * Whole lists are kept from parse to parse, emptied at the end of each (`withListPool`). Made
 * afresh, each was a large object on pages mapped for it alone, at every parse: pinned, 1.5 MB of
 * speech ran 28.5 ms per MB with fresh whole lists, 16.9 with kept ones; 2 MB 35.7 → 27.1, 200,000
 * lines of （一） 145 → 122 (5 MB, 10 MB and 100,000 nested markers within the noise: there the
 * tree's own pages dominate).
 *
 * The pool holds at most POOL_SIZE lists of at most POOLED_UP_TO items (2 MB each, 8 bytes an
 * item), through weak references: a program that parses large texts one after another reuses them
 * (a synchronous loop keeps them alive throughout), and once it stops, a full collection may free
 * them; the library keeps no memory for good.
 */
const POOLED_UP_TO = 1 << 18
const POOL_SIZE = 8
const pool: Array<WeakRef<unknown[]>> = []
/** Per pooled list: how many of its rows the current parse may have written (0: not in use). */
const inUse: number[] = []
let poolOpen = false

/**
 * Runs `parse` with the whole lists it makes taken from the pool, and empties them (so that none
 * keeps a value of this parse alive) when it ends. Outside it, whole lists are made afresh.
 */
export function withListPool<T>(parse: () => T): T {
  if (poolOpen) return parse()
  poolOpen = true
  try {
    return parse()
  } finally {
    for (let i = 0; i < pool.length; i++) {
      if (inUse[i]! > 0) {
        pool[i]!.deref()?.fill(undefined, 0, inUse[i])
        inUse[i] = 0
      }
    }
    poolOpen = false
  }
}

/**
 * An empty list of at least `size` rows: the smallest free one of the pool that fits, or a new one
 * (kept in place of a freed or the smallest free one when the pool is full).
 */
function wholeList<T>(size: number): T[] {
  if (!poolOpen || size > POOLED_UP_TO) return newPiece(size)
  let best = -1
  let bestList: unknown[] | undefined
  let replace = -1
  let replaceLength = Number.POSITIVE_INFINITY
  for (let i = 0; i < pool.length; i++) {
    if (inUse[i]! > 0) continue
    const list = pool[i]!.deref()
    const length = list === undefined ? 0 : list.length
    if (list !== undefined && length >= size && (bestList === undefined || length < bestList.length)) {
      best = i
      bestList = list
    }
    if (length < replaceLength) {
      replace = i
      replaceLength = length
    }
  }
  if (bestList === undefined) {
    bestList = newPiece<unknown>(size)
    if (pool.length < POOL_SIZE) {
      pool.push(new WeakRef(bestList))
      inUse.push(0)
      best = pool.length - 1
    } else if (replace >= 0) {
      pool[replace] = new WeakRef(bestList)
      best = replace
    } else return bestList as T[]
  }
  inUse[best] = size
  return bestList as T[]
}

export class ChunkedList<T> {
  /** Rows below `limit`: nearly every list has no other piece, and reads it as a plain array. */
  private readonly first: T[]
  /** PIECE_SIZE, or the capacity of a list made whole. */
  private readonly limit: number
  /** Rows from `limit` on, PIECE_SIZE by piece. */
  private readonly rest: T[][] = []

  /**
   * Room for `capacity` rows to start with; writing past them adds room. `whole`: one piece of
   * `capacity` rows (for a large text, see `makesWholeLists`), not pieces of PIECE_SIZE.
   */
  constructor(capacity: number, whole: boolean) {
    this.limit = whole && capacity > PIECE_SIZE ? capacity : PIECE_SIZE
    // A first piece made smaller than PIECE_SIZE grows by itself up to that size.
    this.first = this.limit > PIECE_SIZE ? wholeList(this.limit) : newPiece(Math.min(capacity, this.limit))
    for (let left = capacity - this.limit; left > 0; left -= PIECE_SIZE) this.rest.push(newPiece(PIECE_SIZE))
  }

  /** Row `row`'s value (undefined when never set). */
  get(row: number): T {
    const limit = this.limit
    if (row < limit) return this.first[row]!
    const r = row - limit
    return this.rest[r >>> PIECE_BITS]![r & PIECE_MASK]!
  }

  set(row: number, value: T): void {
    const limit = this.limit
    if (row < limit) {
      this.first[row] = value
      return
    }
    const r = row - limit
    const piece = r >>> PIECE_BITS
    while (piece >= this.rest.length) this.rest.push(newPiece(PIECE_SIZE))
    this.rest[piece]![r & PIECE_MASK] = value
  }
}

keepShape(new ChunkedList<unknown>(0, false))
