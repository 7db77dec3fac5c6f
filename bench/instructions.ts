/**
 * npm run bench:instructions [-- --size BYTES] [-- --only NAME,NAME] [-- --cache] [-- --json]
 *
 * --only takes names or unique beginnings of names: `--only "markdown-it,output tree"`.
 *
 * Machine instructions per run of parseSpeech and of its peers (the same functions as `npm run bench`),
 * counted by valgrind's callgrind on the sample speech repeated to a size (1 MB unless given). Unlike
 * time, an instruction count barely moves with the machine's load, so it compares two builds, or a
 * function and its peers, on a shared VM where timings drift by ±20–50%. It is not time: it does not
 * see cache misses or memory stalls, and valgrind runs everything on one thread.
 *
 * Each peer runs in two child processes, `low` and `high` times; the difference divided by
 * `high - low` is the cost of one more run after the first `low` (warm-up and module loading cancel
 * out). That cost is split into the garbage collector (Heap::CollectGarbage), V8's optimising
 * compiler (Compiler::CompileOptimized and its on-stack-replacement twin; with --single-threaded it
 * runs on the main thread, so it is counted), and the rest (the function's own code, interpreted or
 * compiled). The children run with V8's --predictable, which makes the count repeatable; its
 * collector schedule is V8's own, not the one a program on a real clock gets. Needs valgrind and
 * callgrind_annotate (Debian: apt-get install valgrind).
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type InstructionCount as Count, readInclusiveReport } from './callgrind.js'
import { repeatTo, sampleText, utf8Bytes } from './inputs.js'
import { INSTRUCTION_PEERS, type InstructionPeer } from './peers.js'

const run = promisify(execFile)

interface Options {
  size: number
  only: InstructionPeer[]
  /** Simulate the level-1 data cache too (callgrind --cache-sim=yes; about twice as slow). */
  cache: boolean
  asJson: boolean
}

function readOptions(argv: string[]): Options {
  const options: Options = { size: 1_000_000, only: [...INSTRUCTION_PEERS], cache: false, asJson: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.asJson = true
    else if (arg === '--cache') options.cache = true
    else if (arg === '--size') {
      const size = Number(argv[++i])
      if (!Number.isInteger(size) || size < 1000) fail(`--size must be a whole number of bytes ≥ 1000`)
      options.size = size
    } else if (arg === '--only') {
      // Names or unique beginnings of names ("output tree" for the floor, whose name has a comma).
      options.only = (argv[++i] ?? '').split(',').map((n) => peerNamed(n.trim()))
    } else fail(`unknown argument "${arg}" (known: --size BYTES, --only NAME,NAME, --cache, --json)`)
  }
  return options
}

function peerNamed(text: string): InstructionPeer {
  const exact = INSTRUCTION_PEERS.find((p) => p === text)
  if (exact) return exact
  const starting = INSTRUCTION_PEERS.filter((p) => text.length > 0 && p.startsWith(text))
  if (starting.length === 1) return starting[0]!
  fail(
    `--only: "${text}" names ${starting.length === 0 ? 'no' : 'more than one'} function; the functions: ${INSTRUCTION_PEERS.join('; ')}`,
  )
}

function fail(message: string): never {
  process.stderr.write(`bench:instructions: ${message}\n`)
  process.exit(2)
}

/**
 * How many runs each child makes. With --predictable the count of one build is the same to 0.02%
 * from run to run, so a few runs suffice; the slow peers run fewer, as they take minutes under
 * valgrind.
 */
const RUNS: Record<InstructionPeer, { low: number; high: number }> = {
  parseSpeech: { low: 4, high: 12 },
  'parseSpeech + toMarkdown': { low: 2, high: 4 },
  'bare line scan': { low: 4, high: 36 },
  'markdown-it parse': { low: 4, high: 12 },
  'mdast-util-from-markdown': { low: 1, high: 2 },
  'output tree alone (floor.ts, no parsing)': { low: 4, high: 36 },
}

/** Inclusive instruction counts of a child, read from its callgrind output file. */
function readCallgrind(file: string): Count {
  const report = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', file], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  })
  return readInclusiveReport(report)
}

async function countChild(
  peer: InstructionPeer,
  size: number,
  runs: number,
  dir: string,
  cache: boolean,
): Promise<Count> {
  const out = join(dir, `${INSTRUCTION_PEERS.indexOf(peer)}-${runs}.callgrind`)
  const child = new URL('./instructions-child.ts', import.meta.url).pathname
  await run(
    'valgrind',
    [
      '--tool=callgrind',
      `--cache-sim=${cache ? 'yes' : 'no'}`,
      `--callgrind-out-file=${out}`,
      process.execPath,
      // One thread (the collector's and compiler's work is counted), and V8's predictable mode:
      // without it the collector's schedule follows the clock, which valgrind slows down, and the
      // collector's share of one parse moved between 49 and 179 million instructions across runs.
      '--single-threaded',
      '--predictable',
      '--expose-gc',
      '--import',
      'tsx',
      child,
      peer,
      String(size),
      String(runs),
    ],
    { maxBuffer: 64 << 20 },
  )
  return readCallgrind(out)
}

interface Row {
  name: InstructionPeer
  /** Millions of instructions per run, and the parts of it. */
  perRun: number
  gc: number
  compiler: number
  rest: number
  /** Thousands of level-1 data cache misses per run (with --cache), or null. */
  d1Misses: number | null
  /** parseSpeech's instructions per run divided by this function's: above 1, it needs fewer. */
  ratio: number
}

/** Runs `jobs` with at most `limit` at a time. */
async function pool<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      results[i] = await jobs[i]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker))
  return results
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2))
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' })
    // callgrind_annotate has no version flag that exits 0; `which` finds it.
    execFileSync('which', ['callgrind_annotate'], { stdio: 'ignore' })
  } catch {
    fail('needs valgrind and callgrind_annotate on the PATH (Debian: apt-get install valgrind)')
  }
  const peers = options.only.includes('parseSpeech')
    ? options.only
    : ['parseSpeech' as const, ...options.only]
  const bytes = utf8Bytes(repeatTo(sampleText(), options.size))
  const dir = mkdtempSync(join(tmpdir(), 'speech-outline-instructions-'))
  const log = (line: string) => {
    if (!options.asJson) process.stdout.write(`${line}\n`)
  }
  log(`Instructions per run on ${(bytes / 1000).toFixed(0)} KB of the sample speech (valgrind callgrind,`)
  log(
    `node ${process.version} --single-threaded --predictable; ${cpus().length} cores used for child processes)`,
  )
  try {
    const jobs = peers.flatMap((peer) => {
      const { low, high } = RUNS[peer]
      return [
        () => countChild(peer, options.size, low, dir, options.cache),
        () => countChild(peer, options.size, high, dir, options.cache),
      ]
    })
    const counts = await pool(jobs, Math.max(1, cpus().length))
    const M = 1e6
    const rows: Row[] = peers.map((name, i) => {
      const low = counts[2 * i]!
      const high = counts[2 * i + 1]!
      const n = RUNS[name].high - RUNS[name].low
      const per = (key: 'total' | 'gc' | 'compiler') => (high[key] - low[key]) / n / M
      const perRun = per('total')
      const gc = per('gc')
      const compiler = per('compiler')
      const d1Misses =
        high.d1Misses !== null && low.d1Misses !== null ? (high.d1Misses - low.d1Misses) / n / 1000 : null
      return { name, perRun, gc, compiler, rest: perRun - gc - compiler, d1Misses, ratio: 0 }
    })
    const own = rows[0]!.perRun
    for (const row of rows) row.ratio = own / row.perRun
    log('')
    const cacheHead = options.cache ? ' L1 data cache misses per run, thousands |' : ''
    log(
      `| function | M instructions per run | per input byte | garbage collector | optimising compiler | the rest | fewer instructions than parseSpeech |${cacheHead}`,
    )
    log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |${options.cache ? ' ---: |' : ''}`)
    for (const r of rows) {
      const cache = options.cache ? ` ${r.d1Misses?.toFixed(0) ?? '–'} |` : ''
      log(
        `| ${r.name} | ${r.perRun.toFixed(1)} | ${((r.perRun * M) / bytes).toFixed(0)} | ${r.gc.toFixed(1)} | ${r.compiler.toFixed(1)} | ${r.rest.toFixed(1)} | ${r.ratio.toFixed(2)}× |${cache}`,
      )
    }
    if (options.asJson)
      process.stdout.write(`${JSON.stringify({ bytes, node: process.version, rows }, null, 2)}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
