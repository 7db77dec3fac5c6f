/**
 * npm run same-output -- write | check
 *
 * A before/after check for refactoring the parser: `write` parses a fixed set of inputs and saves a
 * hash of each output (.same-output.json, git-ignored); `check`, after a change, parses them again
 * and names every input whose output differs. The inputs: the corpus beside the project
 * (../shared/corpus, when present), the project's fixtures and examples, a 1 MB sample, the bench's
 * hostile inputs at 2% of their size, and 6,000 generated texts (fast-check, fixed seed).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { hostileInputs, repeatTo, sampleText } from '../bench/inputs.js'
import { parseSpeech } from '../src/index.js'
import { anyInput } from '../test/support/arbitraries.js'

const FILE = '.same-output.json'
const mode = process.argv[2]
if (mode !== 'write' && mode !== 'check') {
  process.stderr.write('usage: npm run same-output -- write | check\n')
  process.exit(2)
}

function inputs(): Array<[string, string]> {
  const found: Array<[string, string]> = []
  for (const dir of ['../shared/corpus/', 'test/fixtures/', 'examples/']) {
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir, { recursive: true }) as string[]) {
      if (file.endsWith('.txt') || file.endsWith('.md'))
        found.push([dir + file, readFileSync(dir + file, 'utf8')])
    }
  }
  found.push(['sample, 1 MB', repeatTo(sampleText(), 1e6)])
  for (const [name, text] of Object.entries(hostileInputs(0.02))) found.push([name, text])
  for (const [i, text] of fc.sample(anyInput, { numRuns: 6000, seed: 42 }).entries()) {
    found.push([`generated ${i}`, text])
  }
  return found
}

function outputHash(text: string): string {
  let out: string
  try {
    out = JSON.stringify(parseSpeech(text))
  } catch (error) {
    out = `threw: ${(error as Error).message}`
  }
  return createHash('sha1').update(out).digest('hex')
}

const current = Object.fromEntries(inputs().map(([name, text]) => [name, outputHash(text)]))
if (mode === 'write') {
  writeFileSync(FILE, JSON.stringify(current))
  process.stdout.write(`same-output: ${Object.keys(current).length} outputs written to ${FILE}\n`)
} else {
  if (!existsSync(FILE)) {
    process.stderr.write(
      `same-output: ${FILE} not found; run "npm run same-output -- write" before the change\n`,
    )
    process.exit(2)
  }
  const before = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>
  const differ = Object.keys(current).filter((name) => before[name] !== current[name])
  for (const name of differ.slice(0, 20)) process.stdout.write(`differs: ${name}\n`)
  process.stdout.write(`same-output: ${Object.keys(current).length} inputs, ${differ.length} differ\n`)
  process.exit(differ.length > 0 ? 1 : 0)
}
