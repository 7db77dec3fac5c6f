/**
 * npm run bench [-- --quick] [-- --json] [-- --only=throughput,scaling,hostile,allocation,resources,startup]
 *
 * Throughput (MB/s of UTF-8 input) of parseSpeech, parseSpeech + toMarkdown and, in the same process
 * on the same text, its peers: a bare line scan (the floor of any parser), markdown-it's parse and
 * mdast-util-from-markdown. Then time per MB from 100 KB to 50 MB, peak memory per input MB (one
 * child process per size), hostile inputs against the per-MB time of a normal speech, the bytes
 * one parse allocates per input MB (machine-independent), and how the operating system splits the
 * time of one parse (user and kernel CPU time, page faults) for parseSpeech and markdown-it, and the
 * wall time of the command line on one speech against markdown-it's own command line.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { Bench } from 'tinybench'
import { eachParagraph, eachSection, type Point, parseSpeech, toMarkdown } from '../src/index.js'
import { buildTree, recordTree, type TreeTape } from './floor.js'
import { hostileInputs, repeatTo, sampleText, utf8Bytes } from './inputs.js'
import { FLOOR, lineScan, MARKDOWN_IT_ROW } from './peers.js'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const asJson = args.has('--json')
const MB = 1_000_000

const markdownIt = new MarkdownIt()
const peers: Record<string, (text: string) => unknown> = {
  parseSpeech: (t) => parseSpeech(t),
  'parseSpeech + toMarkdown': (t) => toMarkdown(parseSpeech(t)),
  'bare line scan': lineScan,
  'markdown-it parse': (t) => markdownIt.parse(t, {}),
  'mdast-util-from-markdown': (t) => fromMarkdown(t),
}

/** A full garbage collection (the bench runs with --expose-gc). */
function collect(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function log(line: string): void {
  if (!asJson) process.stdout.write(`${line}\n`)
}

async function throughput(sizes: number[]) {
  const rows: Array<{ size: number; name: string; mbPerS: number; ratio: number }> = []
  const paired: Array<{ size: number; peer: string; median: number; low: number; high: number }> = []
  const base = sampleText()
  for (const size of sizes) {
    const text = repeatTo(base, size)
    const bytes = utf8Bytes(text)
    // Throughput is the steady state: every peer is warmed up until V8 has compiled its code
    // (parseSpeech's many small functions take about ten runs of 1 MB to get there; markdown-it's
    // two or three). What a one-shot command pays before that is the "first parse" of the CPU part.
    const bench = new Bench({
      time: size >= 10 * MB ? 0 : 1000,
      iterations: size >= 10 * MB ? 3 : 5,
      warmupTime: size >= 10 * MB ? 0 : 500,
      warmupIterations: size >= 10 * MB ? 3 : 10,
    })
    // Each peer starts its warm-up on a collected heap, so no task pays for the garbage of the one
    // before; the timed runs then follow the warm-up directly.
    const startClean = (mode?: string) => {
      if (mode === 'warmup') collect()
    }
    for (const [name, fn] of Object.entries(peers)) bench.add(name, () => fn(text), { beforeAll: startClean })
    // The floor builds the tree of a document parsed (and recorded on a tape) before its warm-up.
    let tape: TreeTape | null = null
    bench.add(FLOOR, () => buildTree(tape!), {
      beforeAll: (mode) => {
        if (mode === 'warmup') tape = recordTree(parseSpeech(text), text)
        startClean(mode)
      },
      afterAll: (mode) => {
        if (mode === 'run') tape = null
      },
    })
    await bench.run()
    const mbPerS: Record<string, number> = {}
    for (const task of bench.tasks) {
      const r = task.result
      if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`)
      mbPerS[task.name] = bytes / MB / (r.latency.mean / 1000)
    }
    const own = mbPerS.parseSpeech!
    log(`\n${(bytes / 1000).toFixed(0)} KB input`)
    log('| function | MB/s | speed relative to parseSpeech |')
    log('| --- | ---: | ---: |')
    for (const [name, value] of Object.entries(mbPerS)) {
      const ratio = value / own
      rows.push({ size: bytes, name, mbPerS: value, ratio })
      log(`| ${name} | ${value.toFixed(1)} | ${ratio.toFixed(2)}× |`)
    }
    const rounds = quick ? 1 : size >= 10 * MB ? 3 : 7
    const vsPeer = alternated(text, peers['markdown-it parse']!, peers.parseSpeech!, rounds)
    paired.push({ size: bytes, peer: 'markdown-it parse', ...vsPeer })
    log(
      `\nmarkdown-it parse against parseSpeech, the two alternated in ${rounds} rounds: ${vsPeer.median.toFixed(2)}× the speed, median (range ${vsPeer.low.toFixed(2)}–${vsPeer.high.toFixed(2)}×)`,
    )
  }
  return { rows, paired }
}

/**
 * The speed of `peer` relative to `own` (own's time over the peer's), measured in `rounds` rounds
 * that each time one and then the other on a collected heap, for at least 200 ms and three runs
 * each after three runs of warm-up: a machine whose speed drifts from second to second moves both
 * halves of a round alike. The median round is the figure, with the lowest and highest.
 */
function alternated(
  text: string,
  peer: (t: string) => unknown,
  own: (t: string) => unknown,
  rounds: number,
): { median: number; low: number; high: number } {
  const timeOf = (parse: (t: string) => unknown): number => {
    collect()
    for (let i = 0; i < 3; i++) parse(text)
    let runs = 0
    const t0 = performance.now()
    let elapsed = 0
    while (runs < 3 || elapsed < 200) {
      parse(text)
      runs++
      elapsed = performance.now() - t0
    }
    return elapsed / runs
  }
  const times: Array<{ own: number; peer: number }> = []
  for (let r = 0; r < rounds; r++) {
    const ownTime = timeOf(own)
    times.push({ own: ownTime, peer: timeOf(peer) })
  }
  const { median, low, high } = medianRound(times, (t) => t.own / t.peer)
  return { median, low, high }
}

/** The round whose ratio is the median, that ratio, and the lowest and highest ratio of the rounds. */
function medianRound<R>(
  rounds: R[],
  ratioOf: (round: R) => number,
): { middle: R; median: number; low: number; high: number } {
  const sorted = [...rounds].sort((a, b) => ratioOf(a) - ratioOf(b))
  const middle = sorted[Math.floor(sorted.length / 2)]!
  return {
    middle,
    median: ratioOf(middle),
    low: ratioOf(sorted[0]!),
    high: ratioOf(sorted[sorted.length - 1]!),
  }
}

/**
 * Milliseconds per MB of `parse` (parseSpeech unless given) on `text`, in steady state: after a warm-up (compiled code, a
 * young generation grown to its working size), the text is parsed repeatedly until at least `volume`
 * MB have gone through (and at least `minRuns` times), and the total time is divided by the total
 * size. Garbage collection is paid by the runs that cause it, so small inputs are not flattered
 * by runs that happen to fit between two collections.
 */
function timePerMb(
  text: string,
  minRuns: number,
  volume = 20,
  parse: (t: string) => unknown = parseSpeech,
): number {
  collect()
  for (let i = 0; i < 3; i++) parse(text)
  const mb = utf8Bytes(text) / MB
  const runs = Math.max(minRuns, Math.ceil(volume / mb))
  const t0 = performance.now()
  for (let i = 0; i < runs; i++) parse(text)
  return (performance.now() - t0) / runs / mb
}

function spreadOf(times: number[]): number {
  const mean = times.reduce((a, b) => a + b, 0) / times.length
  return Math.max(...times.map((t) => Math.abs(t - mean) / mean))
}

/** Runs one of the bench's child scripts (bench/NAME.ts) under Node with `nodeFlags`, and reads its JSON line. */
function runChild<T>(script: string, nodeFlags: string[], args: string[]): T {
  const out = execFileSync(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', new URL(`./${script}`, import.meta.url).pathname, ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  return JSON.parse(out) as T
}

/** Peak memory of one parse per input MB, and the part of it the result holds (bench/memory.ts, one child). */
function peakMemoryOnce(size: number, parser: string): { peakPerMb: number; treePerMb: number } {
  const result = runChild<{ peakPerMb: number; treePerMb: number }>(
    'memory.ts',
    ['--expose-gc'],
    [String(size), parser],
  )
  return { peakPerMb: Number(result.peakPerMb), treePerMb: Number(result.treePerMb) }
}

interface PeakMemory {
  /** The median over the child runs, and the lowest and highest run. */
  peakPerMb: number
  peakLow: number
  peakHigh: number
  treePerMb: number
}

/**
 * Peak memory per input MB over several child processes: when the collector runs decides the peak,
 * so one run of the same parse can land anywhere in a range of ±20%; the median is the figure.
 */
function peakMemoryPerMb(size: number, parser: string, runs: number): PeakMemory {
  const results = Array.from({ length: runs }, () => peakMemoryOnce(size, parser))
  const peaks = results.map((r) => r.peakPerMb).sort((a, b) => a - b)
  const trees = results.map((r) => r.treePerMb).sort((a, b) => a - b)
  const median = (values: number[]) => values[Math.floor(values.length / 2)]!
  return {
    peakPerMb: median(peaks),
    peakLow: peaks[0]!,
    peakHigh: peaks[peaks.length - 1]!,
    treePerMb: median(trees),
  }
}

/**
 * Milliseconds per MB of the output floor on `text`: its tree built again from a tape (bench/floor.ts)
 * by `measure`, which times a parse-like function. The tape lives off the heap, so nothing but the
 * tree being built is there for the garbage collector to trace.
 */
function floorPerMb(text: string, measure: (parse: (t: string) => unknown) => number): number {
  const tape = recordTree(parseSpeech(text), text)
  return measure(() => buildTree(tape))
}

function scaling(sizes: number[]) {
  const base = sampleText()
  log('\nScaling of parseSpeech (markdown-it and the output floor, measured the same way, for comparison)')
  log(
    '| input | ms per MB | peak memory per input MB, median (range) | returned tree, MB per input MB | markdown-it ms per MB | markdown-it peak memory per input MB | markdown-it tokens, MB per input MB | output floor ms per MB |',
  )
  log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  const parseIt = (t: string) => markdownIt.parse(t, {})
  const rows = sizes.map((size) => {
    const text = repeatTo(base, size)
    const runs = size >= 10 * MB ? 3 : 7
    // Two rounds, the faster kept: on a shared machine a round can be slowed by other load.
    const bestOfTwo = (parse: (t: string) => unknown) =>
      Math.min(timePerMb(text, runs, 20, parse), timePerMb(text, runs, 20, parse))
    const msPerMb = bestOfTwo(parseSpeech)
    const memoryRuns = quick ? 1 : 5
    const memory = peakMemoryPerMb(size, 'parseSpeech', memoryRuns)
    const peerMemory = peakMemoryPerMb(size, 'markdown-it', memoryRuns)
    const peerMsPerMb = bestOfTwo(parseIt)
    const floorMsPerMb = floorPerMb(text, (parse) => bestOfTwo(parse))
    log(
      `| ${(utf8Bytes(text) / MB).toFixed(1)} MB | ${msPerMb.toFixed(1)} | ${memory.peakPerMb.toFixed(1)} MB (${memory.peakLow.toFixed(1)}–${memory.peakHigh.toFixed(1)}) | ${memory.treePerMb.toFixed(1)} MB | ${peerMsPerMb.toFixed(1)} | ${peerMemory.peakPerMb.toFixed(1)} MB | ${peerMemory.treePerMb.toFixed(1)} MB | ${floorMsPerMb.toFixed(1)} |`,
    )
    return {
      size: utf8Bytes(text),
      msPerMb,
      memoryPerMb: memory.peakPerMb,
      memoryRangePerMb: [memory.peakLow, memory.peakHigh],
      treeMemoryPerMb: memory.treePerMb,
      markdownItMemoryPerMb: peerMemory.peakPerMb,
      markdownItTokensMemoryPerMb: peerMemory.treePerMb,
      markdownItMsPerMb: peerMsPerMb,
      floorMsPerMb,
    }
  })
  const spread = spreadOf(rows.map((r) => r.msPerMb))
  const peerSpread = spreadOf(rows.map((r) => r.markdownItMsPerMb))
  const floorSpread = spreadOf(rows.map((r) => r.floorMsPerMb))
  log(
    `time per MB within ±${(spread * 100).toFixed(0)}% of its mean across sizes (markdown-it: ±${(peerSpread * 100).toFixed(0)}%, output floor: ±${(floorSpread * 100).toFixed(0)}%)`,
  )
  return { rows, spread, markdownItSpread: peerSpread, floorSpread }
}

/** Output nodes (sections, paragraphs, points, removed lines) per MB of input. */
function nodesPerMb(text: string): number {
  const doc = parseSpeech(text)
  let nodes = doc.removed.length
  const countPoints = (points: readonly Point[]): void => {
    for (const p of points) {
      nodes++
      countPoints(p.points)
    }
  }
  eachSection(doc.sections, () => nodes++)
  eachParagraph(doc, (p) => {
    nodes++
    countPoints(p.points)
  })
  return nodes / (utf8Bytes(text) / MB)
}

function hostile(scale: number, rounds: number) {
  const normalText = repeatTo(sampleText(), 2 * MB * scale)
  const normalNodes = nodesPerMb(normalText)
  // The tree each input keeps, measured as in the allocation part (a child process, 1 MB of speech).
  const normalKept = allocationOf('normal speech', scale).keptPerMb
  log(
    `\nHostile inputs (normal speech: ${Math.round(normalNodes)} output nodes per MB, its tree keeps ${normalKept.toFixed(1)} MB per MB)`,
  )
  log(
    '| input | size | ms per MB | normal speech, ms per MB | × normal, median of rounds (range) | its tree alone (no parsing), × normal parse, median (range) | output nodes per MB | time per output node, × normal | tree kept, MB per input MB (× normal) |',
  )
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  const rows = Object.entries(hostileInputs(scale)).map(([name, text]) => {
    // The normal speech is timed right before the input in each round, so a drift in the machine's
    // speed does not enter the ratio; the rounds' median ratio is the figure (one pair of timings on
    // a shared machine moved the ratio of the same build by a quarter from one run to the next).
    // Each round also times the output floor on this input (its tree built again with no parsing,
    // bench/floor.ts): against the same normal speech, the least any function returning this tree
    // could score, parsing included or not.
    const tape = recordTree(parseSpeech(text), text)
    const rebuild = () => buildTree(tape)
    const pairs: Array<{ normal: number; hostile: number; floor: number }> = []
    for (let r = 0; r < rounds; r++) {
      const normalRound = timePerMb(normalText, 3, 6)
      const hostileRound = timePerMb(text, 3, 6)
      pairs.push({ normal: normalRound, hostile: hostileRound, floor: timePerMb(text, 3, 6, rebuild) })
    }
    const rounded = medianRound(pairs, (p) => p.hostile / p.normal)
    const normal = rounded.middle.normal
    const msPerMb = rounded.middle.hostile
    const ratio = rounded.median
    const ratioLow = rounded.low
    const ratioHigh = rounded.high
    const floorRounded = medianRound(pairs, (p) => p.floor / p.normal)
    const nodes = nodesPerMb(text)
    // Per output node only where there are many nodes: a few nodes per MB say nothing per node.
    const perNode = nodes >= normalNodes ? msPerMb / nodes / (normal / normalNodes) : null
    const kept = allocationOf(name, scale).keptPerMb
    log(
      `| ${name} | ${(utf8Bytes(text) / MB).toFixed(2)} MB | ${msPerMb.toFixed(1)} | ${normal.toFixed(1)} | ${ratio.toFixed(2)}× (${ratioLow.toFixed(2)}–${ratioHigh.toFixed(2)}) | ${floorRounded.median.toFixed(2)}× (${floorRounded.low.toFixed(2)}–${floorRounded.high.toFixed(2)}) | ${Math.round(nodes)} | ${perNode === null ? '–' : `${perNode.toFixed(2)}×`} | ${kept.toFixed(1)} (${(kept / normalKept).toFixed(2)}×) |`,
    )
    return {
      name,
      bytes: utf8Bytes(text),
      msPerMb,
      normalMsPerMb: normal,
      ratio,
      ratioRange: [ratioLow, ratioHigh],
      floorRatio: floorRounded.median,
      floorRatioRange: [floorRounded.low, floorRounded.high],
      nodesPerMb: nodes,
      perNodeRatio: perNode,
      keptMbPerMb: kept,
    }
  })
  return { normalNodesPerMb: normalNodes, normalKeptMbPerMb: normalKept, rows }
}

/**
 * Bytes allocated and kept per input MB by one parse of each input (bench/allocation.ts, in a child
 * process whose young generation holds a whole parse): machine-independent, so small changes show.
 */
function allocation(scale: number) {
  log(`\nAllocation of one parse, MB per input MB (normal speech 1 MB; hostile inputs at scale ${scale})`)
  log('| input | allocated | kept (the returned tree) |')
  log('| --- | ---: | ---: |')
  const names = ['normal speech', ...Object.keys(hostileInputs(scale)), MARKDOWN_IT_ROW]
  return names.map((name) => {
    const row = allocationOf(name, scale)
    log(`| ${name} | ${row.allocatedPerMb.toFixed(1)} | ${row.keptPerMb.toFixed(1)} |`)
    return { name, allocatedPerMb: row.allocatedPerMb, keptPerMb: row.keptPerMb }
  })
}

/** One parse of the named input (normal speech, a hostile input at `scale`, or markdown-it's row) in bench/allocation.ts. */
function allocationOf(name: string, scale: number): { allocatedPerMb: number; keptPerMb: number } {
  return runChild(
    'allocation.ts',
    [
      '--expose-gc',
      // One thread: background compilation would otherwise add a varying amount of code and
      // feedback to the heap while the parse runs (±1 MB per MB between runs; with it, ±0.1).
      '--single-threaded',
      '--min-semi-space-size=256',
      '--max-semi-space-size=256',
    ],
    [name, String(scale)],
  )
}

interface ResourceRow {
  /** The parser, and whether each result was held until the next parse or dropped before it. */
  parser: string
  /** The first parse of a fresh process, before V8 has compiled the parser's code. */
  firstMs: number
  wallMs: number
  userMs: number
  systemMs: number
  pageFaults: number
}

/**
 * Where the time of one parse goes, as the operating system counts it (bench/resources.ts, one child
 * per case and run, the cases alternating: parseSpeech and markdown-it, each with every tree held
 * until the next parse and with every tree dropped before it): wall time, user and kernel CPU time, and minor
 * page faults per parse of 1 MB, the median of `children` runs each, and the wall time of the first
 * parse of the fresh process.
 */
function resources(children: number): ResourceRow[] {
  log('\nCPU time of one parse of 1 MB, as the operating system counts it (median of child processes)')
  log(
    '| parser | wall ms | user CPU ms (collector and compiler threads included) | kernel CPU ms | minor page faults | first parse of a fresh process, wall ms |',
  )
  log('| --- | ---: | ---: | ---: | ---: | ---: |')
  // Each tree held until the next parse (an editor), then each dropped before it (a batch job).
  const cases = [
    ['parseSpeech', 'held'],
    ['markdown-it', 'held'],
    ['parseSpeech', 'dropped'],
    ['markdown-it', 'dropped'],
  ] as const
  const parsers = cases.map(
    ([parser, mode]) => `${parser}, ${mode === 'held' ? 'each tree held' : 'each tree dropped'}`,
  )
  const runs: Record<string, ResourceRow[]> = Object.fromEntries(parsers.map((name) => [name, []]))
  for (let c = 0; c < children; c++) {
    cases.forEach(([parser, mode], k) => {
      const row = runChild<Omit<ResourceRow, 'parser'>>('resources.ts', [], [parser, String(MB), '20', mode])
      runs[parsers[k]!]!.push({ parser: parsers[k]!, ...row })
    })
  }
  const median = (rows: ResourceRow[], key: Exclude<keyof ResourceRow, 'parser'>) => {
    const values = rows.map((r) => r[key]).sort((a, b) => a - b)
    return values[Math.floor(values.length / 2)]!
  }
  return parsers.map((parser) => {
    const rows = runs[parser]!
    const row: ResourceRow = {
      parser,
      firstMs: median(rows, 'firstMs'),
      wallMs: median(rows, 'wallMs'),
      userMs: median(rows, 'userMs'),
      systemMs: median(rows, 'systemMs'),
      pageFaults: median(rows, 'pageFaults'),
    }
    log(
      `| ${parser} | ${row.wallMs.toFixed(1)} | ${row.userMs.toFixed(1)} | ${row.systemMs.toFixed(1)} | ${row.pageFaults.toFixed(0)} | ${row.firstMs.toFixed(1)} |`,
    )
    return row
  })
}

interface StartupRow {
  command: string
  /** Median wall time from spawn to exit, and the fastest and slowest run. */
  wallMs: number
  lowMs: number
  highMs: number
}

/**
 * What a user running a command on one speech waits for, spawn to exit: Node itself (an empty
 * script), the CLI on the sample speeches (the default outline, and JSON), and markdown-it's own
 * command line on the same text (Markdown to HTML). The commands alternate in `runs` rounds; the
 * median of each is the figure.
 */
function startup(runs: number): StartupRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'speech-outline-bench-'))
  const file = join(dir, 'speech.txt')
  const text = sampleText()
  writeFileSync(file, text)
  const cli = new URL('../dist/cli.js', import.meta.url).pathname
  const markdownItCli = new URL('../node_modules/markdown-it/bin/markdown-it.mjs', import.meta.url).pathname
  const commands: Array<[string, string[]]> = [
    ['node -e "" (Node itself)', ['-e', '']],
    ['speech-outline speech.txt (outline)', [cli, file]],
    ['speech-outline --format json speech.txt', [cli, '--format', 'json', file]],
    ['markdown-it speech.txt (its CLI, to HTML)', [markdownItCli, file]],
  ]
  const times: number[][] = commands.map(() => [])
  try {
    for (let round = 0; round < runs; round++) {
      commands.forEach(([, argv], i) => {
        const t0 = performance.now()
        execFileSync(process.execPath, argv, { stdio: 'ignore' })
        times[i]!.push(performance.now() - t0)
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  log(
    `\nOne command on the sample speeches (${(utf8Bytes(text) / 1000).toFixed(0)} KB), spawn to exit, median of ${runs} alternating runs`,
  )
  log('| command | wall ms, median (range) |')
  log('| --- | ---: |')
  return commands.map(([command], i) => {
    const { median, low, high } = medianRound(times[i]!, (ms) => ms)
    const row = { command, wallMs: median, lowMs: low, highMs: high }
    log(`| ${command} | ${row.wallMs.toFixed(0)} (${row.lowMs.toFixed(0)}–${row.highMs.toFixed(0)}) |`)
    return row
  })
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`
log(`machine: ${machine}`)
/** The parts of the bench, all unless `--only=part,part` names some. */
const PARTS = ['throughput', 'scaling', 'hostile', 'allocation', 'resources', 'startup'] as const
const onlyArg = [...args].find((a) => a.startsWith('--only='))
const parts = new Set<string>(onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS)
for (const part of parts) {
  if (!(PARTS as readonly string[]).includes(part)) {
    process.stderr.write(`bench: unknown part "${part}" in --only; the parts are ${PARTS.join(', ')}\n`)
    process.exit(2)
  }
}
const result = {
  machine,
  throughput: parts.has('throughput') ? await throughput(quick ? [10_000, MB] : [10_000, MB, 10 * MB]) : null,
  scaling: parts.has('scaling') ? scaling(quick ? [100_000, MB] : [100_000, MB, 10 * MB, 50 * MB]) : null,
  hostile: parts.has('hostile') ? hostile(quick ? 0.2 : 1, quick ? 1 : 5) : null,
  allocation: parts.has('allocation') ? allocation(0.2) : null,
  resources: parts.has('resources') ? resources(quick ? 1 : 5) : null,
  startup: parts.has('startup') ? startup(quick ? 3 : 11) : null,
}
if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
