/**
 * Child process of bench/instructions.ts, run under valgrind with --expose-gc: prepares one peer on
 * the sample speech repeated to a size, then runs it a given number of times, keeping each result
 * until the next one replaces it (as a caller holding the returned tree would).
 *
 * Arguments: peer name, input size in bytes, number of runs.
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parseSpeech, toMarkdown } from '../src/index.js'
import { buildTree, recordTree } from './floor.js'
import { repeatTo, sampleText } from './inputs.js'
import { INSTRUCTION_PEERS, type InstructionPeer, lineScan, parserNamed } from './peers.js'

const [name, sizeArg, runsArg] = process.argv.slice(2)
if (!INSTRUCTION_PEERS.includes(name as InstructionPeer)) {
  throw new Error(`unknown peer "${name}": one of ${INSTRUCTION_PEERS.join(', ')}`)
}
const text = repeatTo(sampleText(), Number(sizeArg))
const runs = Number(runsArg)

function prepare(peer: InstructionPeer): () => unknown {
  switch (peer) {
    case 'parseSpeech':
      return () => parseSpeech(text)
    case 'parseSpeech + toMarkdown':
      return () => toMarkdown(parseSpeech(text))
    case 'bare line scan':
      return () => lineScan(text)
    case 'markdown-it parse': {
      const parse = parserNamed('markdown-it')
      return () => parse(text)
    }
    case 'mdast-util-from-markdown':
      return () => fromMarkdown(text)
    case 'output tree alone (floor.ts, no parsing)': {
      const tape = recordTree(parseSpeech(text), text)
      return () => buildTree(tape)
    }
  }
}

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const run = prepare(name as InstructionPeer)
let held: unknown = null
// Full collections before and after the runs: both children start from the same heap and pay for
// all the garbage their runs made, so the difference between them is the runs' own cost and not
// where the collector's schedule happened to fall (a cheap function's count went negative without).
gc()
for (let i = 0; i < runs; i++) held = run()
gc()
// The result must be used, or the last run could be optimised away.
if (runs > 0 && held === undefined) throw new Error(`${name} returned nothing`)
