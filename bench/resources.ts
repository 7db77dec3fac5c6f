/**
 * Child process of bench/run.ts: where the time of one parse goes, as the operating system counts
 * it. The first parse of the fresh process is timed on its own (what a one-shot command pays: the
 * code is not compiled yet); after a warm-up, the parser runs `runs` times on the sample speech repeated to a size, each
 * result held until the next replaces it, and the process's resource usage before and after gives,
 * per run: wall time, CPU time in user space (V8's collector and compiler threads included) and in
 * the kernel, and minor page faults (fresh memory the heap touches for the first time).
 *
 * Arguments: parser ("parseSpeech" or "markdown-it"), input size in bytes, number of runs, and
 * "held" (default: each result is held until the next replaces it, as an editor holds its document)
 * or "dropped" (each result is let go before the next parse, as a batch conversion does).
 * The two differ because of V8's allocation-site pretenuring (see src/nodes.ts).
 */
import { repeatTo, sampleText } from './inputs.js'
import { parserNamed } from './peers.js'

const [parser = 'parseSpeech', sizeArg = '1000000', runsArg = '20', mode = 'held'] = process.argv.slice(2)
if (mode !== 'held' && mode !== 'dropped') throw new Error(`mode must be "held" or "dropped", got "${mode}"`)
const keep = mode === 'held'
const text = repeatTo(sampleText(), Number(sizeArg))
const runs = Number(runsArg)
const parse = parserNamed(parser)

const first = performance.now()
let held: unknown = parse(text)
const firstMs = performance.now() - first
let results = 0
for (let i = 0; i < 5; i++) held = parse(text)
if (!keep) held = null
const before = process.resourceUsage()
const t0 = performance.now()
for (let i = 0; i < runs; i++) {
  held = parse(text)
  if (held !== null) results++
  if (!keep) held = null
}
const wall = performance.now() - t0
const after = process.resourceUsage()
if (results !== runs) throw new Error('no result')
process.stdout.write(
  JSON.stringify({
    firstMs,
    wallMs: wall / runs,
    userMs: (after.userCPUTime - before.userCPUTime) / 1000 / runs,
    systemMs: (after.systemCPUTime - before.systemCPUTime) / 1000 / runs,
    pageFaults: (after.minorPageFault - before.minorPageFault) / runs,
  }),
)
