/**
 * Fix the heading levels of converter output (every heading at #) with the remark plugin.
 * Run: npx tsx examples/markdown-relevel.ts
 */
import { readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { MARKDOWN_STYLE, remarkRelevel } from '../src/index.js'

const markdown = readFileSync(new URL('./speeches/converted.md', import.meta.url), 'utf8')
const file = unified()
  .use(remarkParse)
  .use(remarkRelevel)
  .use(remarkStringify, MARKDOWN_STYLE)
  .processSync(markdown)
console.log(String(file))
