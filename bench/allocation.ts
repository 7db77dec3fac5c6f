/**
 * Child process of bench/run.ts, run with --expose-gc, --single-threaded (no background compilation
 * adding code and feedback to the heap mid-parse) and a young generation large enough that no
 * collection happens during one parse: how many bytes one parse allocates and how many the returned
 * tree keeps, per MB of input. Unlike time, these numbers do not depend on the machine's load, so
 * they show a change in the parser's work that a noisy timing hides.
 *
 * Arguments: an input name ("normal speech" or a key of hostileInputs) and the hostile inputs' scale.
 */
import { hostileInputs, repeatTo, sampleText, utf8Bytes } from './inputs.js'
import { MARKDOWN_IT_ROW, parserNamed } from './peers.js'

const [name = 'normal speech', scaleArg = '0.2'] = process.argv.slice(2)
const scale = Number(scaleArg)
const normal = name === 'normal speech' || name === MARKDOWN_IT_ROW
const text = normal ? repeatTo(sampleText(), 1_000_000) : hostileInputs(scale)[name]
if (text === undefined) throw new Error(`no input named ${name}`)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const parse = parserNamed(name === MARKDOWN_IT_ROW ? 'markdown-it' : 'parseSpeech')

for (let i = 0; i < 3; i++) parse(text) // compiled code and a grown young generation
gc()
const before = process.memoryUsage().heapUsed
const result = parse(text)
const after = process.memoryUsage().heapUsed
gc()
const kept = process.memoryUsage().heapUsed
const mb = utf8Bytes(text) / 1_000_000
process.stdout.write(
  JSON.stringify({
    bytes: utf8Bytes(text),
    allocatedPerMb: (after - before) / 1_000_000 / mb,
    // A few hundred bytes of the heap's own bookkeeping can come and go: kept is never below zero.
    keptPerMb: Math.max(0, kept - before) / 1_000_000 / mb,
    // Read after the measurement, so the result is alive through it.
    items: Array.isArray(result) ? result.length : Object.keys(result).length,
  }),
)
