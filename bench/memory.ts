/**
 * Child process of bench/run.ts: builds an input of the given size, parses it once with the named
 * parser (parseSpeech, or markdown-it for comparison) and prints the peak resident memory the parse
 * added, per MB of input. Peak RSS comes from the kernel (process.resourceUsage().maxRSS), measured
 * against the RSS just before parsing; and, when run with --expose-gc, the heap the returned result
 * holds after a full collection.
 */
import { repeatTo, sampleText, utf8Bytes } from './inputs.js'
import { parserNamed } from './peers.js'

const size = Number(process.argv[2])
const parserName = process.argv[3] ?? 'parseSpeech'
const parse = parserNamed(parserName)

const text = repeatTo(sampleText(), size)
parse(sampleText()) // load and compile the parser first
const gc = (globalThis as { gc?: () => void }).gc
gc?.()
const heapBefore = process.memoryUsage().heapUsed
const before = process.memoryUsage().rss
const result = parse(text)
const peak = process.resourceUsage().maxRSS * 1024
const added = Math.max(0, peak - before)
// What stays after a full collection while the result is held: the returned tree itself.
gc?.()
const kept = gc ? Math.max(0, process.memoryUsage().heapUsed - heapBefore) : Number.NaN
process.stdout.write(
  JSON.stringify({
    bytes: utf8Bytes(text),
    peakPerMb: added / utf8Bytes(text),
    treePerMb: kept / utf8Bytes(text),
    held: result !== undefined,
  }),
)
