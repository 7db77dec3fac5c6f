/**
 * npm run eval -- DIR [--json] [--thresholds FILE] [--quiet]
 *
 * Scores parseSpeech on every DIR/*.gold.json (format: shared/corpus/README.md) and prints a table
 * per document with what was missed, extra or at the wrong depth, then one `summary:` line.
 * With --thresholds, exits 1 when a metric is below its minimum.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseSpeech } from '../src/index.js'
import {
  type DocumentScore,
  formatSummary,
  type Gold,
  itemHead,
  type Summary,
  scoreDocument,
  summarize,
} from './eval/score.js'

const USAGE = `usage: npm run eval -- DIR [--json] [--thresholds FILE] [--quiet]

Scores the parser on every DIR/*.gold.json (the gold format of shared/corpus/README.md).
  --json             print metrics as JSON instead of tables
  --thresholds FILE  exit 1 when a metric is below its minimum in FILE (JSON:
                     exactDocs, titleAccuracy, headingF1, depthAccuracy, ordinalAccuracy,
                     listRecall, listPrecision)
  --quiet            only the summary line (and threshold failures)`

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`)
  process.exit(2)
}

function loadGold(path: string): Gold {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    fail(`${path} is not valid JSON (${(error as Error).message})`)
  }
  const gold = data as Partial<Gold>
  if (
    typeof gold !== 'object' ||
    gold === null ||
    !Array.isArray(gold.headings) ||
    typeof gold.source !== 'string'
  ) {
    fail(`${path} lacks "source" or "headings"`)
  }
  return gold as Gold
}

function report(name: string, s: DocumentScore): string {
  const lines = [
    `${name}  title ${s.titleOk ? 'ok' : 'WRONG'}  headings P ${s.headingPrecision.toFixed(3)} R ${s.headingRecall.toFixed(3)}  ` +
      `depth ${s.depthCorrect}/${s.matched.length}  lists ${s.listsFound}/${s.listsExpected} (extra ${s.extraLists.length})  ${s.exact ? 'EXACT' : ''}`,
  ]
  if (!s.titleOk)
    lines.push(`  title: got ${JSON.stringify(s.predictedTitle)}, want ${JSON.stringify(s.goldTitle)}`)
  for (const h of s.missed) lines.push(`  missed heading [${h.depth}] ${h.marker ?? ''}${h.text}`)
  for (const h of s.extra) lines.push(`  extra heading [${h.depth}] ${h.text}`)
  for (const d of s.wrongDepth) lines.push(`  wrong depth ${d.got} (want ${d.want.join('/')}): ${d.text}`)
  for (const o of s.wrongOrdinal) lines.push(`  wrong ordinal ${o.got} (want ${o.want}): ${o.text}`)
  for (const l of s.missedLists)
    lines.push(
      `  missed list (line ${l.line ?? '?'}): ${l.items.map((i) => `${i.marker ?? i.ordinal}|${i.head}`).join(' ')}`,
    )
  for (const run of s.extraLists)
    lines.push(`  extra list: ${run.map((p) => `${p.marker.raw}|${itemHead(p.text)}`).join(' ')}`)
  return lines.join('\n')
}

const THRESHOLD_KEYS = [
  'exactDocs',
  'titleAccuracy',
  'headingF1',
  'depthAccuracy',
  'ordinalAccuracy',
  'listRecall',
  'listPrecision',
] as const

function checkThresholds(summary: Summary, file: string): string[] {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(`cannot read thresholds ${file} (${(error as Error).message})`)
  }
  const minimums = data as Partial<Record<(typeof THRESHOLD_KEYS)[number], number>>
  const failures: string[] = []
  for (const key of THRESHOLD_KEYS) {
    const min = minimums[key]
    if (typeof min === 'number' && summary[key] < min - 1e-9)
      failures.push(`${key} ${summary[key]} is below ${min}`)
  }
  return failures
}

function main(): void {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: {
        json: { type: 'boolean' }
        thresholds: { type: 'string' }
        quiet: { type: 'boolean' }
        help: { type: 'boolean' }
      }
      allowPositionals: true
    }>
  >
  try {
    parsed = parseArgs({
      options: {
        json: { type: 'boolean' },
        thresholds: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
    })
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const dir = positionals[0]
  if (!dir) fail(`no directory given\n${USAGE}`)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir} is not a directory`)
  const goldFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
  if (goldFiles.length === 0) fail(`no *.gold.json files in ${dir}`)

  const results: Array<{ name: string; score: DocumentScore }> = []
  for (const file of goldFiles) {
    const gold = loadGold(join(dir, file))
    const source = resolve(dir, gold.source)
    if (!existsSync(source)) fail(`${file}: source ${gold.source} not found`)
    const doc = parseSpeech(readFileSync(source, 'utf8'))
    results.push({ name: gold.source, score: scoreDocument(doc, gold) })
  }
  const summary = summarize(results.map((r) => r.score))
  if (values.json) {
    const perDoc = results.map(({ name, score }) => ({
      name,
      exact: score.exact,
      titleOk: score.titleOk,
      headingPrecision: score.headingPrecision,
      headingRecall: score.headingRecall,
      missed: score.missed.map((h) => h.text),
      extra: score.extra.map((h) => h.text),
      wrongDepth: score.wrongDepth,
      listsFound: score.listsFound,
      listsExpected: score.listsExpected,
      extraLists: score.extraLists.length,
    }))
    process.stdout.write(`${JSON.stringify({ summary, documents: perDoc }, null, 2)}\n`)
  } else {
    if (!values.quiet) for (const { name, score } of results) process.stdout.write(`${report(name, score)}\n`)
    process.stdout.write(`${formatSummary(summary)}\n`)
  }
  if (values.thresholds) {
    const failures = checkThresholds(summary, values.thresholds)
    if (failures.length > 0) {
      process.stderr.write(
        `eval: below thresholds in ${values.thresholds}:\n${failures.map((f) => `  ${f}`).join('\n')}\n`,
      )
      process.exit(1)
    }
  }
}

main()
