import { eachSection } from '../../walk.js'
import type { Rule } from '../types.js'

/** Each opening quote or bracket and the character that closes it. */
const CLOSERS = new Map([
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
])

/**
 * Quoted and bracketed stretches are left out: "“怎么办？”的问题" is a fine heading. An opener
 * without its closer stays. Once a closer is known to be missing it is not searched for again, so a
 * heading of many unmatched “ costs one pass, not one pass per “.
 */
function unquoted(text: string): string {
  let out = ''
  let kept = 0
  const missing = new Set<string>()
  for (let i = 0; i < text.length; i++) {
    const closer = CLOSERS.get(text[i]!)
    if (closer === undefined || missing.has(closer)) continue
    const end = text.indexOf(closer, i + 1)
    if (end < 0) {
      missing.add(closer)
      continue
    }
    out += text.slice(kept, i)
    kept = end + 1
    i = end
  }
  return out + text.slice(kept)
}

/** Sentence punctuation inside a heading: ；, or 。！？ before its end. */
function innerPunctuation(text: string): string | null {
  const bare = unquoted(text)
  const semicolon = bare.match(/[；;]/)
  if (semicolon) return semicolon[0]
  const inner = bare.slice(0, -1).match(/[。！？!?]/)
  return inner ? inner[0] : null
}

/**
 * `heading-sentence-punctuation` — 标题含句中标点.
 *
 * A heading holds a semicolon, or a 。！？ before its end (outside quotes): it runs past one
 * sentence ("加强学习；狠抓落实"). A question mark or exclamation mark at the end is fine. Fix:
 * keep one statement in the heading (split it, or join the clauses with a comma), and move the
 * rest into the body.
 *
 * Default severity: `info` (speech), `warning` (gbt9704).
 *
 * @example fails 1:1
 * 一、加强学习；狠抓落实
 * 正文。
 * 二、任务
 * 正文。
 *
 * @example passes
 * 一、加强学习，狠抓落实
 * 正文。
 * 二、任务
 * 正文。
 */
export const headingSentencePunctuation: Rule = {
  id: 'heading-sentence-punctuation',
  description: 'A heading holds a semicolon, or 。！？ before its end: it runs past one sentence.',
  descriptionZh: '标题中含分号，或在末尾之前含句号、问号、叹号，超出一句话。',
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails: '一、加强学习；狠抓落实\n正文。\n二、任务\n正文。',
    reports: ['1:1'],
    passes: '一、加强学习，狠抓落实\n正文。\n二、任务\n正文。',
  },
  check({ doc, report }) {
    eachSection(doc.sections, (s) => {
      const mark = innerPunctuation(s.text)
      if (mark === null) return
      report(
        {
          zh: `标题含句中标点“${mark}”，超出一句话；应只保留一个论断（拆分或改用逗号），其余移入正文`,
          en: `heading holds "${mark}" and runs past one sentence; keep one statement (split it or use a comma) and move the rest into the body`,
          actual: mark,
        },
        s.headingPosition ?? s.position,
      )
    })
  },
}
