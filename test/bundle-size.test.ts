/** The library runs in a browser: its browser bundle pulls in no Node built-in, and stays small. */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('browser bundle', () => {
  it('has no Node built-ins, and parseSpeech alone stays under 20 KB gzipped', () => {
    const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname
    const r = spawnSync(tsx, [new URL('../scripts/bundle-size.ts', import.meta.url).pathname], {
      encoding: 'utf8',
    })
    expect(r.status, r.stderr).toBe(0)
    const report = JSON.parse(r.stdout) as Record<
      'parseSpeech' | 'all',
      { gzipped: number; nodeBuiltins: string[] }
    >
    expect(report.parseSpeech.nodeBuiltins).toEqual([])
    expect(report.all.nodeBuiltins).toEqual([])
    expect(report.parseSpeech.gzipped).toBeLessThan(20_000)
  }, 60_000)
})
