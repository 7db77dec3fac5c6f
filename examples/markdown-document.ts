/**
 * A speech as Markdown, in both modes.  Run: npx tsx examples/markdown-document.ts
 */
import { readFileSync } from 'node:fs'
import { parseSpeech, toMarkdown } from '../src/index.js'

const text = readFileSync(new URL('./speeches/sample-speech.txt', import.meta.url), 'utf8')
const doc = parseSpeech(text)

console.log('--- document mode, inline enumerations as lists ---')
console.log(toMarkdown(doc, { points: 'list' }))
console.log('--- outline mode, markers stripped ---')
console.log(toMarkdown(doc, { mode: 'outline', markers: 'strip' }))
