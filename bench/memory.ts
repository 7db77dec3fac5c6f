/**
 * Child process of bench/run.ts: builds an input of the given size, parses it once and prints the
 * peak resident memory the parse added, per MB of input. Peak RSS comes from the kernel
 * (process.resourceUsage().maxRSS), measured against the RSS just before parsing.
 */
import { parseSpeech } from '../src/index.js'
import { repeatTo, sampleText, utf8Bytes } from './inputs.js'

const size = Number(process.argv[2])
const text = repeatTo(sampleText(), size)
parseSpeech(sampleText()) // load and compile the parser first
const before = process.memoryUsage().rss
const doc = parseSpeech(text)
const peak = process.resourceUsage().maxRSS * 1024
const added = Math.max(0, peak - before)
process.stdout.write(
  JSON.stringify({
    bytes: utf8Bytes(text),
    peakPerMb: added / utf8Bytes(text),
    sections: doc.sections.length,
  }),
)
