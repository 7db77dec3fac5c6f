/**
 * Sentence ends that ignore punctuation inside quotes and brackets: "。" inside “…”, 「…」, 《…》 or
 * （…） does not end the sentence around it. An opener that is never closed is not treated as one,
 * so a stray “ cannot swallow the rest of a paragraph. The scan reads UTF-16 code units through a
 * lookup table: one pass, no allocation (the open quotes are kept on one scratch stack).
 */

import { grown } from '../typed-arrays.js'
import { charTable } from './chars.js'

const PAIRS = ['“”', '‘’', '「」', '『』', '《》', '〈〉', '（）', '()', '【】', '〔〕', '[]']

/** Per code unit: the closer's code for an opener, -1 for a sentence end, 0 otherwise. */
const TABLE = buildTable()

function buildTable(): Int32Array {
  const table = new Int32Array(0x10000)
  for (const pair of PAIRS) table[pair.charCodeAt(0)] = pair.charCodeAt(1)
  for (const end of '。！？!?') table[end.charCodeAt(0)] = -1
  return table
}

const ELLIPSIS = 0x2026

/**
 * The expected closers of the open quotes, innermost last: one scratch stack for every call (the
 * scan calls nothing back, so no two calls use it at once), grown when a text nests deeper and
 * let go again after a call that grew it far.
 */
const CLOSERS_KEPT = 1024
let closers = new Int32Array(16)

function pushCloser(depth: number, closer: number): void {
  if (depth === closers.length) closers = grown(closers, depth * 2)
  closers[depth] = closer
}

/**
 * Index just past the first sentence end (。！？) at or after `from` that is not inside quotes or
 * brackets; `text.length` when there is none.
 */
export function firstSentenceEnd(text: string, from = 0): number {
  const end = scanSentenceEnd(text, from)
  if (closers.length > CLOSERS_KEPT) closers = new Int32Array(16)
  return end
}

function scanSentenceEnd(text: string, from: number): number {
  let depth = 0 // open quotes, their closers in `closers`
  let fallback = -1 // first end met inside an opener, used if that opener never closes
  let fallbackDepth = 0
  const length = text.length
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i)
    if (depth > 0 && code === closers[depth - 1]) {
      depth--
      if (depth < fallbackDepth) fallback = -1
      continue
    }
    const kind = TABLE[code]!
    if (kind === 0) continue
    if (kind > 0) {
      pushCloser(depth++, kind)
      continue
    }
    // A sentence end: take the run of ends and ellipses that follows it.
    let end = i + 1
    while (end < length) {
      const next = text.charCodeAt(end)
      if (TABLE[next] !== -1 && next !== ELLIPSIS) break
      end++
    }
    if (depth === 0) return end
    if (fallback < 0) {
      fallback = end
      fallbackDepth = depth
    }
    // Go on after the run: it holds no quote or bracket, and starting again inside it would read
    // the rest of a long run of ？ once per character.
    i = end - 1
  }
  return fallback >= 0 ? fallback : length
}

/** Characters that may end a complete line: sentence ends, closing quotes, colons, semicolons. */
const LINE_END = charTable('。！？!?；;：:…”’」』）)》】.')

export function endsLikeSentence(text: string): boolean {
  return text.length > 0 && LINE_END[text.charCodeAt(text.length - 1)] === 1
}

/** True when a sentence end occurs before the last character (the text holds more than one sentence). */
export function hasInnerSentenceEnd(text: string): boolean {
  return firstSentenceEnd(text) < text.length
}
