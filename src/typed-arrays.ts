/**
 * Typed-array helpers: the larger copy of a full array, and the tables of one parse.
 *
 * A typed array of more than 64 bytes made by `new` gets a backing store of its own: a call into
 * the C allocator, and bookkeeping that lets the collector free it (about 0.8 µs here, against
 * 35 ns for a view on a buffer that already exists). A parse makes some 35 tables sized by the
 * text's line count, so on a speech of a few pages those backing stores cost as much as a tenth of
 * the parse. While `withParseTables` runs, `int32Table` and its kin carve their arrays out of one
 * buffer kept from parse to parse instead; outside it (the lint's Locator, `assignDepths` called
 * on its own) they make fresh arrays, as `new` does.
 *
 * A table carved from the buffer is valid until the end of the `withParseTables` call it was made
 * in: then the buffer is zeroed for the next parse. The parser's tables never leave a parse (the
 * returned tree holds none), and nothing the parser calls runs user code, so no parse can start
 * inside another.
 */

/** A copy of `array` with room for `size` items, the new ones 0. */
export function grown<A extends Int32Array | Uint8Array>(array: A, size: number): A {
  const copy = new (array.constructor as new (length: number) => A)(size)
  copy.set(array)
  return copy
}

/**
 * A copy of the parse table `array` with room for `size` items, the new ones 0: carved out of the
 * shared buffer like `int32Table`, so valid only until the end of the current parse. For tables
 * that grow while a parse runs; a scratch array kept from call to call grows with `grown`.
 */
export function grownTable<A extends Int32Array | Uint8Array>(array: A, size: number): A {
  const copy = (array instanceof Int32Array ? int32Table(size) : uint8Table(size)) as A
  copy.set(array)
  return copy
}

/** The buffer's size at first; it doubles to what a parse asked for, up to MAX_BUFFER. */
const FIRST_BUFFER = 64 * 1024
/**
 * The most the buffer keeps between parses (about 7,000 lines' tables: a speech of some 500 KB).
 * A larger parse makes the tables that do not fit as `new` does; their cost is then a small part
 * of the parse.
 */
const MAX_BUFFER = 1024 * 1024

let buffer = new ArrayBuffer(FIRST_BUFFER)
/** The whole buffer as bytes, to zero what a parse used. */
let bytes = new Uint8Array(buffer)
/** Bytes of the buffer handed out in the current parse. */
let used = 0
/** Bytes the current parse asked for, from the buffer or not: the size the buffer should have. */
let asked = 0
let open = false

/** Runs `parse` with the tables it makes carved out of the shared buffer (see above). */
export function withParseTables<T>(parse: () => T): T {
  if (open) return parse()
  open = true
  used = 0
  asked = 0
  try {
    return parse()
  } finally {
    bytes.fill(0, 0, used)
    if (asked > buffer.byteLength && buffer.byteLength < MAX_BUFFER) {
      let size = buffer.byteLength
      while (size < asked && size < MAX_BUFFER) size *= 2
      buffer = new ArrayBuffer(size)
      bytes = new Uint8Array(buffer)
    }
    open = false
  }
}

/** Where a table of `byteLength` bytes starts in the buffer, or -1 when it is made apart. */
function carve(byteLength: number): number {
  if (!open) return -1
  // Every table starts at a multiple of 8, as a Float64Array must.
  const size = (byteLength + 7) & ~7
  asked += size
  if (used + size > buffer.byteLength) return -1
  const at = used
  used += size
  return at
}

/** A zero-filled Int32Array of `length` items, for the current parse. */
export function int32Table(length: number): Int32Array {
  const at = carve(length * 4)
  return at < 0 ? new Int32Array(length) : new Int32Array(buffer, at, length)
}

/** A zero-filled Uint8Array of `length` items, for the current parse. */
export function uint8Table(length: number): Uint8Array {
  const at = carve(length)
  return at < 0 ? new Uint8Array(length) : new Uint8Array(buffer, at, length)
}

/** A zero-filled Int8Array of `length` items, for the current parse. */
export function int8Table(length: number): Int8Array {
  const at = carve(length)
  return at < 0 ? new Int8Array(length) : new Int8Array(buffer, at, length)
}

/** A zero-filled Float64Array of `length` items, for the current parse. */
export function float64Table(length: number): Float64Array {
  const at = carve(length * 8)
  return at < 0 ? new Float64Array(length) : new Float64Array(buffer, at, length)
}
