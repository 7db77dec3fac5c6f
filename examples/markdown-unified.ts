/**
 * speech-outline as a unified parser: speech text in, Markdown out through remark-stringify.
 * Run: npx tsx examples/markdown-unified.ts
 */
import { readFileSync } from 'node:fs'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { MARKDOWN_STYLE, speechParse } from '../src/index.js'

const text = readFileSync(new URL('./speeches/sample-speech.txt', import.meta.url), 'utf8')
const file = unified()
  .use(speechParse, { points: 'list' })
  .use(remarkStringify, MARKDOWN_STYLE)
  .processSync(text)
console.log(String(file))
