/**
 * A full garbage collection between parses must not throw away the parser's optimised code (see
 * src/shapes.ts). A child process parses a sample until V8 has optimised the parser, collects
 * several times with every parse dropped, parses again, and reports V8's own trace: which of the
 * library's functions were optimised, and which lost their code to "weak objects".
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = new URL('../dist/index.js', import.meta.url)
const sample = new URL('../examples/speeches/sample-speech.txt', import.meta.url).pathname

const child = `
import { readFileSync } from 'node:fs'
const { parseSpeech } = await import(${JSON.stringify(dist.href)})
const text = readFileSync(${JSON.stringify(sample)}, 'utf8').repeat(20)
for (let i = 0; i < 400; i++) parseSpeech(text)
await new Promise((resolve) => setTimeout(resolve, 200))
for (let i = 0; i < 4; i++) {
  globalThis.gc()
  parseSpeech(text)
}
globalThis.gc()
`

/** The names of the functions the built library declares. */
function libraryFunctions(): Set<string> {
  const code = readFileSync(dist, 'utf8')
  return new Set([...code.matchAll(/function\s+([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]!))
}

describe('optimised code across full garbage collections', () => {
  it('keeps the parser optimised after collections with no parse alive', () => {
    const trace = execFileSync(
      process.execPath,
      ['--expose-gc', '--trace-opt', '--trace-deopt', '--input-type=module', '-e', child],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    )
    const ours = libraryFunctions()
    const named = (line: string) => /<(?:SharedFunctionInfo|JSFunction) ([\w$]+)/.exec(line)?.[1] ?? ''
    const optimised = trace
      .split('\n')
      .filter((line) => line.startsWith('[completed optimizing'))
      .map(named)
      .filter((name) => ours.has(name))
    const lost = trace
      .split('\n')
      .filter((line) => line.includes('reason: weak objects'))
      .map(named)
      .filter((name) => ours.has(name))
    // The check means something only when V8 did optimise the parser.
    expect(new Set(optimised).size).toBeGreaterThan(20)
    expect(lost).toEqual([])
  }, 60_000)
})
