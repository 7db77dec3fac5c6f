/**
 * Eval output: the per-document table, the concrete problems under it, and the JSON shape of
 * `--json`. Pure: returns strings and plain objects.
 */
import type { Point } from '../../src/index.js'
import { type DocumentScore, type GoldList, itemHead, type Summary } from './score.js'
import type { ThresholdFailure } from './thresholds.js'

export interface NamedScore {
  /** The source file the gold names. */
  name: string
  /** The gold file. */
  gold: string
  score: DocumentScore
}

/** Columns in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
    width += wide ? 2 : 1
  }
  return width
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** Rows of cells as aligned columns separated by two spaces (no trailing blanks). */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))
    })
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

const fixed = (x: number): string => x.toFixed(3)

const TABLE_HEADER = [
  'document',
  'title',
  'head P',
  'head R',
  'head F1',
  'depth',
  'ordinal',
  'lists',
  'extra lists',
  'exact',
]

/** One row per document: title, heading P/R/F1, right depths and ordinals, lists found/expected. */
export function documentTable(docs: readonly NamedScore[]): string {
  const rows = docs.map(({ name, score: s }) => [
    name,
    s.titleChecked ? (s.titleOk ? 'ok' : 'WRONG') : '-',
    fixed(s.headingPrecision),
    fixed(s.headingRecall),
    fixed(s.headingF1),
    `${s.depthCorrect}/${s.matched.length}`,
    `${s.ordinalCorrect}/${s.ordinalChecked}`,
    `${s.listsFound}/${s.listsExpected}`,
    String(s.extraLists.length),
    s.exact ? 'yes' : 'no',
  ])
  return formatTable([TABLE_HEADER, ...rows])
}

function goldItems(list: GoldList): string {
  return list.items.map((i) => `${i.marker ?? i.ordinal}|${i.head}`).join(' ')
}

function runItems(run: readonly Point[]): string {
  return run.map((p) => `${p.marker.raw}|${itemHead(p.text)}`).join(' ')
}

const quote = (text: string | null): string => (text === null ? 'none' : `"${text}"`)

/** The concrete problems of one document, one per line (empty when there are none). */
export function documentProblems(s: DocumentScore): string[] {
  const lines: string[] = []
  if (!s.titleOk) lines.push(`title: got ${quote(s.predictedTitle)}, want ${quote(s.goldTitle)}`)
  for (const h of s.missed) {
    lines.push(`missed heading [depth ${h.depth}] ${h.marker ?? ''}${h.text}${h.match ? ' (prefix)' : ''}`)
  }
  for (const h of s.extra) {
    lines.push(`extra heading [depth ${h.depth}] ${h.marker ?? ''}${h.text} (line ${h.line})`)
  }
  for (const d of s.wrongDepth)
    lines.push(`wrong depth: ${d.text} (got ${d.got}, want ${d.want.join(' or ')})`)
  for (const o of s.wrongOrdinal) {
    lines.push(`wrong ordinal: ${o.text} (got ${o.got ?? 'no marker'}, want ${o.want ?? 'no marker'})`)
  }
  for (const l of s.missedLists) lines.push(`missed list (line ${l.line ?? '?'}): ${goldItems(l)}`)
  for (const run of s.extraLists) {
    lines.push(`extra list (line ${run[0]!.position.start.line}): ${runItems(run)}`)
  }
  return lines
}

/** The whole text report: the table, then each document's problems. */
export function textReport(docs: readonly NamedScore[]): string {
  const out = [documentTable(docs)]
  const withProblems = docs.filter((d) => documentProblems(d.score).length > 0)
  if (withProblems.length > 0) {
    out.push('')
    for (const d of withProblems) {
      out.push(`${d.name}:`)
      for (const line of documentProblems(d.score)) out.push(`  ${line}`)
    }
  }
  return out.join('\n')
}

/** The machine-readable form of one document's score. */
export function documentJson({ name, gold, score: s }: NamedScore) {
  return {
    name,
    gold,
    exact: s.exact,
    title: { ok: s.titleOk, checked: s.titleChecked, got: s.predictedTitle, want: s.goldTitle },
    headings: {
      precision: s.headingPrecision,
      recall: s.headingRecall,
      f1: s.headingF1,
      gold: s.requiredHeadings,
      predicted: s.predictedHeadings,
      matched: s.matched.length,
      optionalMatched: s.optionalMatched,
      depthAccuracy: s.depthAccuracy,
      depthCorrect: s.depthCorrect,
      ordinalAccuracy: s.ordinalAccuracy,
      ordinalCorrect: s.ordinalCorrect,
      ordinalChecked: s.ordinalChecked,
      missed: s.missed.map((h) => ({ depth: h.depth, marker: h.marker ?? null, text: h.text })),
      extra: s.extra.map((h) => ({ depth: h.depth, marker: h.marker, text: h.text, line: h.line })),
      wrongDepth: s.wrongDepth,
      wrongOrdinal: s.wrongOrdinal,
    },
    lists: {
      recall: s.listRecall,
      precision: s.listPrecision,
      expected: s.listsExpected,
      found: s.listsFound,
      predictedRuns: s.predictedRuns,
      runsMatchingOptional: s.runsMatchingOptional,
      missed: s.missedLists.map((l) => ({ line: l.line ?? null, items: l.items })),
      extra: s.extraLists.map((run) => ({
        line: run[0]!.position.start.line,
        items: run.map((p) => ({ marker: p.marker.raw, ordinal: p.marker.ordinal, head: itemHead(p.text) })),
      })),
    },
  }
}

export function jsonReport(
  docs: readonly NamedScore[],
  summary: Summary,
  failures: readonly ThresholdFailure[] | null,
): string {
  const report = {
    summary,
    thresholds: failures === null ? null : { passed: failures.length === 0, failures },
    documents: docs.map(documentJson),
  }
  return JSON.stringify(report, null, 2)
}
