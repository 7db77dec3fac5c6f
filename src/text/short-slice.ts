/**
 * `text.slice(at, end)` for short pieces, shared: a document repeats a few dozen short texts
 * thousands of times (markers such as "一、", "（二）", "三是"; lines such as "（一）" or "谢谢！"), and
 * V8 copies every slice under 13 characters into a new string. Each short piece is made once and
 * handed out again while it stays in the table (strings are immutable, so sharing is invisible).
 * Only short pieces are kept: a longer slice may be a view into the whole input, which the table
 * would then keep alive.
 */

/** Recently made short pieces, by a hash of their length and end characters. */
const TABLE: Array<string | undefined> = new Array(512).fill(undefined)
const MAX_LENGTH = 8

export function shortSlice(text: string, at: number, end: number): string {
  const length = end - at
  if (length <= 0 || length > MAX_LENGTH) return text.slice(at, end)
  const slot = (text.charCodeAt(at) * 31 + text.charCodeAt(end - 1) * 7 + length) & 511
  const cached = TABLE[slot]
  if (cached !== undefined && cached.length === length && text.startsWith(cached, at)) return cached
  const piece = text.slice(at, end)
  TABLE[slot] = piece
  return piece
}
