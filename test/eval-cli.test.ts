/**
 * The eval command (scripts/eval/run.ts) run in-process on temporary folders: exit codes, the
 * one-line errors, thresholds, the text and JSON reports. The speech is a few lines written here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runEval } from '../scripts/eval/run.js'

const root = mkdtempSync(join(tmpdir(), 'speech-outline-eval-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let counter = 0
/** A fresh folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(root, String(counter++))
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

async function run(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runEval(args, {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
  })
  return { code, stdout, stderr }
}

const SPEECH = [
  '在全市安全生产工作会议上的讲话',
  '',
  '同志们：',
  '',
  '一、提高认识',
  '',
  '安全生产责任重大。',
  '',
  '二、狠抓落实',
  '',
  '各单位要抓好落实。',
  '',
].join('\n')

function goldFor(headings: unknown[], title: string | null = '在全市安全生产工作会议上的讲话'): string {
  return JSON.stringify({ source: 'speech.txt', title, headings, points: [] })
}

const GOOD_HEADINGS = [
  { depth: 1, marker: '一、', ordinal: 1, text: '提高认识' },
  { depth: 1, marker: '二、', ordinal: 2, text: '狠抓落实' },
]

/** Every error is exit 2 and one line naming the fault, never a stack trace. */
function expectOneLineError(result: { code: number; stderr: string }, fragment: string): void {
  expect(result.code).toBe(2)
  expect(result.stderr.startsWith('eval: ')).toBe(true)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toContain(fragment)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('npm run eval', () => {
  it('prints usage with --help and exits 0', async () => {
    const r = await run('--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^usage: npm run eval -- DIR/)
    for (const flag of ['--json', '--thresholds FILE', '--quiet']) expect(r.stdout).toContain(flag)
  })

  it('fails with one line for bad arguments and missing or invalid files', async () => {
    expectOneLineError(await run(), 'no directory given')
    expectOneLineError(await run('--bogus', root), "Unknown option '--bogus'")
    expectOneLineError(await run(root, root), 'one directory expected')
    expectOneLineError(await run(join(root, 'nope')), 'no such directory')
    expectOneLineError(await run(folder({ 'speech.txt': SPEECH })), 'no *.gold.json files')
    expectOneLineError(await run(folder({ 'a.gold.json': '{"source": ' })), 'is not valid JSON')
    expectOneLineError(
      await run(folder({ 'a.gold.json': '{"source": "speech.txt", "title": null}' })),
      'lacks "headings"',
    )
    expectOneLineError(await run(folder({ 'a.gold.json': goldFor(GOOD_HEADINGS) })), 'speech.txt not found')
  })

  it('fails with one line for a bad thresholds file before scoring', async () => {
    const dir = folder({ 'a.gold.json': goldFor(GOOD_HEADINGS), 'speech.txt': SPEECH })
    expectOneLineError(
      await run(dir, '--thresholds', join(dir, 'missing.json')),
      'cannot read thresholds file',
    )
    const typo = folder({ 't.json': '{"headingf1": 1}' })
    expectOneLineError(await run(dir, '--thresholds', join(typo, 't.json')), 'unknown threshold "headingf1"')
  })

  it('prints a table, the problems and one summary line', async () => {
    const dir = folder({
      'a.gold.json': goldFor([
        ...GOOD_HEADINGS,
        { depth: 1, marker: '三、', ordinal: 3, text: '不存在的标题' },
      ]),
      'speech.txt': SPEECH,
    })
    const r = await run(dir)
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^document\s+title\s+head P\s+head R\s+head F1\s+depth\s+ordinal\s+lists/)
    expect(lines[1]).toMatch(/^speech\.txt\s/)
    expect(r.stdout).toContain('missed heading [depth 1] 三、不存在的标题')
    expect(lines.filter((l) => l.startsWith('summary:'))).toHaveLength(1)
    expect(lines.at(-1)).toMatch(/^summary: 1 docs, exact 0\/1, /)
  })

  it('exits 1 naming each metric below its threshold, 0 when all are met', async () => {
    const dir = folder({
      'a.gold.json': goldFor(GOOD_HEADINGS, '另一个标题'),
      'speech.txt': SPEECH,
      'strict.json': JSON.stringify({ titleAccuracy: 1, exactDocs: 1, listRecall: 0 }),
      'zero.json': JSON.stringify({ titleAccuracy: 0, exactDocs: 0 }),
    })
    const strict = await run(dir, '--thresholds', join(dir, 'strict.json'), '--quiet')
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(/^summary: 1 docs, exact 0\/1, title 0\.000,/)
    expect(strict.stderr).toContain('titleAccuracy 0.000 is below the minimum 1')
    expect(strict.stderr).toContain('exactDocs 0 is below the minimum 1')
    expect(strict.stderr).not.toContain('listRecall')
    const zero = await run(dir, '--thresholds', join(dir, 'zero.json'))
    expect(zero.code).toBe(0)
    expect(zero.stderr).toBe('')
  })

  it('prints machine-readable metrics with --json', async () => {
    const dir = folder({
      'a.gold.json': goldFor([...GOOD_HEADINGS, { depth: 1, text: '不存在的标题' }], '另一个标题'),
      'speech.txt': SPEECH,
      't.json': JSON.stringify({ titleAccuracy: 1 }),
    })
    const r = await run(dir, '--json', '--thresholds', join(dir, 't.json'))
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as {
      summary: Record<string, number>
      thresholds: { passed: boolean; failures: Array<{ metric: string }> }
      documents: Array<{
        name: string
        gold: string
        exact: boolean
        title: { ok: boolean; want: string }
        headings: { missed: Array<{ text: string }> }
      }>
    }
    expect(Object.keys(report.summary)).toEqual([
      'docs',
      'exactDocs',
      'titleAccuracy',
      'headingPrecision',
      'headingRecall',
      'headingF1',
      'depthAccuracy',
      'ordinalAccuracy',
      'listRecall',
      'listPrecision',
    ])
    expect(report.summary.docs).toBe(1)
    expect(report.summary.titleAccuracy).toBe(0)
    expect(report.thresholds).toEqual({
      passed: false,
      failures: [{ metric: 'titleAccuracy', value: 0, minimum: 1 }],
    })
    expect(report.documents).toHaveLength(1)
    expect(report.documents[0]).toMatchObject({
      name: 'speech.txt',
      gold: 'a.gold.json',
      exact: false,
      title: { ok: false, want: '另一个标题' },
    })
    expect(report.documents[0]!.headings.missed.map((m) => m.text)).toContain('不存在的标题')
  })
})
