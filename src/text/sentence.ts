/**
 * Sentence ends that ignore punctuation inside quotes and brackets: "。" inside “…”, 「…」, 《…》 or
 * （…） does not end the sentence around it. An opener that is never closed is not treated as one,
 * so a stray “ cannot swallow the rest of a paragraph.
 */

const CLOSER: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '（': '）',
  '(': ')',
  '【': '】',
  '〔': '〕',
  '[': ']',
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?'])

/**
 * Index just past the first sentence end (。！？) at or after `from` that is not inside quotes or
 * brackets; `text.length` when there is none.
 */
export function firstSentenceEnd(text: string, from = 0): number {
  const stack: string[] = []
  let fallback = -1 // first end met inside an opener, used if that opener never closes
  let fallbackDepth = 0
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!
    const top = stack[stack.length - 1]
    if (top !== undefined && ch === top) {
      stack.pop()
      if (stack.length < fallbackDepth) fallback = -1
      continue
    }
    const closer = CLOSER[ch]
    if (closer !== undefined) {
      stack.push(closer)
      continue
    }
    if (SENTENCE_END.has(ch)) {
      let end = i + 1
      while (end < text.length && (SENTENCE_END.has(text[end]!) || text[end] === '…')) end++
      if (stack.length === 0) return end
      if (fallback < 0) {
        fallback = end
        fallbackDepth = stack.length
      }
    }
  }
  return fallback >= 0 ? fallback : text.length
}

/** Characters that may end a complete line: sentence ends, closing quotes, colons, semicolons. */
const LINE_END = new Set([
  '。',
  '！',
  '？',
  '!',
  '?',
  '；',
  ';',
  '：',
  ':',
  '…',
  '”',
  '’',
  '」',
  '』',
  '）',
  ')',
  '》',
  '】',
  '.',
])

export function endsLikeSentence(text: string): boolean {
  const last = text[text.length - 1]
  return last !== undefined && LINE_END.has(last)
}

/** True when a sentence end occurs before the last character (the text holds more than one sentence). */
export function hasInnerSentenceEnd(text: string): boolean {
  const end = firstSentenceEnd(text)
  return end < text.length
}
