/** Typed arrays do not grow: these helpers make the larger copy. */

/** A copy of `array` with room for `size` items, the new ones 0. */
export function grown<A extends Int32Array | Uint8Array>(array: A, size: number): A {
  const copy = new (array.constructor as new (length: number) => A)(size)
  copy.set(array)
  return copy
}
