/**
 * npm run fuzz -- [--minutes N] [--seed S]
 *
 * Generates inputs (arbitrary strings, marker soup, edited sample speeches, and mutations of
 * earlier inputs) for a given time and checks every invariant of test/support/invariants.ts plus a
 * time bound per character, on each input, on it repeated, and (for parseSpeech and lintSpeech) on it
 * with one of its characters stretched into a long run. A failing input is saved to
 * test/fixtures/fuzz/ as a regression fixture that test/fuzz-regressions.test.ts replays. Not part
 * of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { lintSpeech, parseSpeech } from '../src/index.js'
import { anyInput } from '../test/support/arbitraries.js'
import { findViolation } from '../test/support/invariants.js'

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, seed: { type: 'string' } },
})
const minutes = Number(values.minutes)
if (!(minutes > 0)) {
  process.stderr.write('fuzz: --minutes must be a positive number\n')
  process.exit(2)
}
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31
const deadline = Date.now() + minutes * 60_000
const outDir = new URL('../test/fixtures/fuzz/', import.meta.url)

/** Microseconds per character allowed before an input counts as a blow-up (normal text: ~0.1). */
const MAX_US_PER_CHAR = 50
const SLOW_FLOOR_MS = 50

/** The fastest of three runs, so that a garbage collection or the JIT warming up is not a blow-up. */
function timeRun(input: string, run: (text: string) => unknown = parseSpeech): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    run(input)
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

/** How long a run one character is stretched into: long enough that a quadratic scan shows. */
const STRETCH = 50_000

/**
 * The input with the character at `at` (modulo its length) repeated STRETCH times in place. A long
 * run of one character inside a line (blanks, hashes, dashes, quotes, box edges) is where a
 * backtracking expression turns quadratic; repeating the whole input never makes one.
 */
function stretched(input: string, at: number): string | null {
  if (input.length === 0) return null
  let i = at % input.length
  // Keep a surrogate pair whole: stretch the pair, not half of it.
  if (i > 0 && /[\uDC00-\uDFFF]/.test(input[i]!) && /[\uD800-\uDBFF]/.test(input[i - 1]!)) i--
  const ch = String.fromCodePoint(input.codePointAt(i)!)
  return input.slice(0, i) + ch.repeat(STRETCH) + input.slice(i)
}

const parseAndLint = (text: string): unknown => lintSpeech(text)

function isSlow(ms: number, characters: number): boolean {
  return ms > SLOW_FLOOR_MS && (ms * 1000) / Math.max(1, characters) > MAX_US_PER_CHAR
}

// Warm the JIT up on the sample speeches before timing anything.
for (let i = 0; i < 20; i++)
  for (const input of fc.sample(anyInput, { seed: i, numRuns: 50 })) parseSpeech(input)

let tried = 0
let failures = 0
let round = 0
process.stdout.write(`fuzz: seed ${seed}, ${minutes} minute(s)\n`)
while (Date.now() < deadline) {
  const inputs = fc.sample(anyInput, { seed: seed + round, numRuns: 500 })
  round++
  for (const input of inputs) {
    if (Date.now() >= deadline) break
    tried++
    let problem = findViolation(input)
    let failing = input
    if (!problem && isSlow(timeRun(input), input.length)) {
      problem = `slow: over ${MAX_US_PER_CHAR} µs per character for ${input.length} characters`
    }
    if (!problem) {
      // The same text repeated, to look for costs that grow faster than the input.
      const big = input.repeat(20)
      if (isSlow(timeRun(big), big.length)) problem = `slow when repeated to ${big.length} characters`
    }
    // One input in ten: a character stretched into a long run, through the parser and the linter.
    const long = !problem && tried % 10 === 0 ? stretched(input, tried) : null
    if (long !== null && isSlow(timeRun(long, parseAndLint), long.length)) {
      problem = `slow (parse + lint) with one character repeated ${STRETCH} times`
      failing = long
    }
    if (problem) {
      failures++
      mkdirSync(outDir, { recursive: true })
      const name = `fuzz-${seed}-${tried}.txt`
      writeFileSync(new URL(name, outDir), failing)
      process.stdout.write(`fuzz: FAILED (${problem}); input saved as test/fixtures/fuzz/${name}\n`)
    }
  }
}
process.stdout.write(`fuzz: ${tried} inputs tried in ${minutes} minute(s), ${failures} failing\n`)
process.exit(failures > 0 ? 1 : 0)
