import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { MARKDOWN_IT_ROW } from '../bench/peers.js'

const run = promisify(execFile)

/** The numbers the children print (memory.ts the first three, allocation.ts the last two). */
interface ChildResult {
  bytes: number
  peakPerMb: number
  treePerMb: number
  allocatedPerMb: number
  keptPerMb: number
}

/** Runs one of the bench's child processes the way bench/run.ts does, and reads its JSON line. */
async function child(script: string, args: string[], flags: string[] = []): Promise<ChildResult> {
  const path = new URL(`../bench/${script}`, import.meta.url).pathname
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', ...flags, '--import', 'tsx', path, ...args],
    {
      encoding: 'utf8',
    },
  )
  return JSON.parse(stdout) as ChildResult
}

// The memory and allocation tables of `npm run bench` come from these children: a child that
// measured a collected result, or nothing, would print zeros that read as a fast, lean parser.
describe('bench child processes', () => {
  it('memory.ts measures the peak and the kept tree of parseSpeech and of markdown-it', async () => {
    const ours = await child('memory.ts', ['300000', 'parseSpeech'])
    const peer = await child('memory.ts', ['300000', 'markdown-it'])
    for (const result of [ours, peer]) {
      expect(result.bytes).toBeGreaterThanOrEqual(300_000)
      expect(result.peakPerMb).toBeGreaterThanOrEqual(0)
    }
    // The returned tree holds several bytes per input byte (positions on every node); markdown-it's
    // token list too. Zero here would mean the result was collected before it was weighed.
    expect(ours.treePerMb).toBeGreaterThan(4)
    expect(ours.treePerMb).toBeLessThan(40)
    expect(peer.treePerMb).toBeGreaterThan(3)
  }, 60_000)

  it('memory.ts names an unknown parser instead of measuring nothing', async () => {
    await expect(child('memory.ts', ['100000', 'no-such-parser'])).rejects.toThrow(
      /unknown parser no-such-parser/,
    )
  }, 60_000)

  it('resources.ts splits a parse into wall, user and kernel time and page faults, and times the first parse, for both parsers', async () => {
    const path = new URL('../bench/resources.ts', import.meta.url).pathname
    for (const parser of ['parseSpeech', 'markdown-it']) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path, parser, '200000', '5'], {
        encoding: 'utf8',
      })
      const row = JSON.parse(stdout) as Record<string, number>
      expect(Object.keys(row).sort()).toEqual(['firstMs', 'pageFaults', 'systemMs', 'userMs', 'wallMs'])
      // Parsing 200 KB takes time; a zero would mean nothing was measured between the two readings.
      expect(row.wallMs).toBeGreaterThan(0.1)
      expect(row.firstMs).toBeGreaterThan(0.1)
      expect(row.userMs! + row.systemMs!).toBeGreaterThan(0)
      expect(row.pageFaults).toBeGreaterThanOrEqual(0)
    }
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path, 'parseSpeech', '200000', '5', 'dropped'],
      {
        encoding: 'utf8',
      },
    )
    expect(JSON.parse(stdout).wallMs).toBeGreaterThan(0.1)
    await expect(
      run(process.execPath, ['--import', 'tsx', path, 'no-such-parser', '200000', '5']),
    ).rejects.toThrow(/unknown parser no-such-parser/)
    await expect(
      run(process.execPath, ['--import', 'tsx', path, 'parseSpeech', '200000', '5', 'sometimes']),
    ).rejects.toThrow(/mode must be "held" or "dropped"/)
  }, 60_000)

  it('allocation.ts counts more bytes allocated than kept, for a speech, a hostile input and markdown-it', async () => {
    const flags = ['--single-threaded', '--min-semi-space-size=256', '--max-semi-space-size=256']
    const speech = await child('allocation.ts', ['normal speech', '0.05'], flags)
    const hostile = await child('allocation.ts', ['200,000 lines of （一）', '0.05'], flags)
    const peer = await child('allocation.ts', [MARKDOWN_IT_ROW, '0.05'], flags)
    for (const result of [speech, hostile, peer]) {
      expect(result.keptPerMb).toBeGreaterThan(1)
      expect(result.allocatedPerMb).toBeGreaterThan(result.keptPerMb)
    }
    // Short lines make more output nodes per MB than a speech, so they allocate more per MB.
    expect(hostile.allocatedPerMb).toBeGreaterThan(speech.allocatedPerMb)
  }, 60_000)
})
