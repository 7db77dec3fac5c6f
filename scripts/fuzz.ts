/**
 * npm run fuzz -- [--minutes N] [--seed S]
 *
 * Generates inputs (arbitrary strings, marker soup, edited sample speeches, and mutations of
 * earlier inputs) for a given time and checks every invariant of test/support/invariants.ts plus a
 * time bound per character. A failing input is saved to test/fixtures/fuzz/ as a regression
 * fixture that test/fuzz-regressions.test.ts replays. Not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { parseSpeech } from '../src/index.js'
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
function timeParse(input: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    parseSpeech(input)
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

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
    if (!problem && isSlow(timeParse(input), input.length)) {
      problem = `slow: over ${MAX_US_PER_CHAR} µs per character for ${input.length} characters`
    }
    if (!problem) {
      // The same text repeated, to look for costs that grow faster than the input.
      const big = input.repeat(20)
      if (isSlow(timeParse(big), big.length)) problem = `slow when repeated to ${big.length} characters`
    }
    if (problem) {
      failures++
      mkdirSync(outDir, { recursive: true })
      const name = `fuzz-${seed}-${tried}.txt`
      writeFileSync(new URL(name, outDir), input)
      process.stdout.write(`fuzz: FAILED (${problem}); input saved as test/fixtures/fuzz/${name}\n`)
    }
  }
}
process.stdout.write(`fuzz: ${tried} inputs tried in ${minutes} minute(s), ${failures} failing\n`)
process.exit(failures > 0 ? 1 : 0)
