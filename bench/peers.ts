/** What the benchmarks compare parseSpeech with: the bare line scan, and the names of all peers. */
import MarkdownIt from 'markdown-it'
import { parseSpeech } from '../src/index.js'

const MARKER =
  /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）|[①-⑳]|第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]+[是要])/

/** The floor of any parser: split into lines and test one marker regex per line. */
export function lineScan(text: string): number {
  let n = 0
  for (const line of text.split('\n')) if (MARKER.test(line)) n++
  return n
}

/** The name of the output floor's row: the returned tree built without parsing (bench/floor.ts). */
export const FLOOR = 'output tree alone (floor.ts, no parsing)'

/** The functions bench/instructions.ts counts, in the order of its table. */
export const INSTRUCTION_PEERS = [
  'parseSpeech',
  'parseSpeech + toMarkdown',
  'bare line scan',
  'markdown-it parse',
  'mdast-util-from-markdown',
  FLOOR,
] as const

export type InstructionPeer = (typeof INSTRUCTION_PEERS)[number]

/** The allocation table's row for markdown-it's parse of the normal speech, for comparison. */
export const MARKDOWN_IT_ROW = 'normal speech, markdown-it parse (for comparison)'

const markdownIt = new MarkdownIt()
const CHILD_PARSERS: Record<string, (text: string) => object> = {
  parseSpeech: (text) => parseSpeech(text),
  'markdown-it': (text) => markdownIt.parse(text, {}),
}

/** A parser the bench's child processes measure: "parseSpeech", or "markdown-it" for comparison. */
export function parserNamed(name: string): (text: string) => object {
  const parse = CHILD_PARSERS[name]
  if (!parse) throw new Error(`unknown parser ${name}: one of ${Object.keys(CHILD_PARSERS).join(', ')}`)
  return parse
}
