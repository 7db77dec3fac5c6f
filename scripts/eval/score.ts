/**
 * Scores a parsed document against a gold outline, following the matching rules of the corpus
 * README (shared/corpus/README.md, "Matching"). Pure functions: no I/O.
 */
import type { Point, Section, SpeechDocument } from '../../src/index.js'
import { eachParagraph, eachSection } from '../../src/walk.js'

export interface GoldHeading {
  depth: number
  marker?: string
  ordinal?: number
  text: string
  match?: 'prefix'
  optional?: boolean
  altDepths?: number[]
}

export interface GoldItem {
  marker?: string
  ordinal: number
  head: string
}

export interface GoldList {
  line?: number
  items: GoldItem[]
  optional?: boolean
}

export interface Gold {
  source: string
  title: string | null
  headings: GoldHeading[]
  points?: GoldList[]
}

export interface PredictedHeading {
  depth: number
  ordinal: number | null
  text: string
}

export interface DocumentScore {
  titleOk: boolean
  predictedTitle: string | null
  goldTitle: string | null
  /** Matched pairs (gold index, predicted index). */
  matched: Array<[number, number]>
  missed: GoldHeading[]
  extra: PredictedHeading[]
  wrongDepth: Array<{ text: string; got: number; want: number[] }>
  wrongOrdinal: Array<{ text: string; got: number | null; want: number }>
  headingPrecision: number
  headingRecall: number
  depthCorrect: number
  ordinalCorrect: number
  ordinalChecked: number
  listsExpected: number
  listsFound: number
  missedLists: GoldList[]
  predictedRuns: number
  runsMatchingRequired: number
  runsMatchingOptional: number
  extraLists: Point[][]
  exact: boolean
}

/** White space and `*` removed, trailing 。．.，,；;：:、 dropped. */
export function normalizeText(text: string): string {
  return text.replace(/[\s*\u3000]/g, '').replace(/[。．.，,；;：:、]+$/, '')
}

export function flattenSections(sections: readonly Section[]): PredictedHeading[] {
  const out: PredictedHeading[] = []
  eachSection(sections, (s) => {
    out.push({ depth: s.depth, ordinal: s.marker ? s.marker.ordinal : null, text: s.text })
  })
  return out
}

function headingMatches(gold: GoldHeading, predicted: PredictedHeading): boolean {
  const g = normalizeText(gold.text)
  const p = normalizeText(predicted.text)
  return gold.match === 'prefix' ? p.startsWith(g) : p === g
}

/** Order-preserving alignment (longest common subsequence) of gold and predicted headings. */
export function alignHeadings(
  gold: readonly GoldHeading[],
  predicted: readonly PredictedHeading[],
): Array<[number, number]> {
  const n = gold.length
  const m = predicted.length
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = headingMatches(gold[i]!, predicted[j]!)
        ? table[i + 1]![j + 1]! + 1
        : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (headingMatches(gold[i]!, predicted[j]!) && table[i]![j] === table[i + 1]![j + 1]! + 1) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

/** First four characters of an item's text, cut at 。；！？, a leading 是 or 要 ignored. */
export function itemHead(text: string): string {
  let t = text.replace(/[\s*\u3000]/g, '')
  const cut = t.search(/[。；！？]/)
  if (cut >= 0) t = t.slice(0, cut)
  t = t.replace(/^[是要]/, '')
  return t.slice(0, 4)
}

/** Every points array in the document, nested ones included. */
export function collectPointArrays(doc: SpeechDocument): Point[][] {
  const arrays: Point[][] = []
  const fromPoints = (points: readonly Point[]): void => {
    if (points.length === 0) return
    arrays.push([...points])
    for (const p of points) fromPoints(p.points)
  }
  eachParagraph(doc, (p) => fromPoints(p.points))
  return arrays
}

/** Splits a points array into maximal runs whose ordinals keep rising. */
export function risingRuns(points: readonly Point[]): Point[][] {
  const runs: Point[][] = []
  let current: Point[] = []
  for (const p of points) {
    const last = current[current.length - 1]
    if (last && p.marker.ordinal <= last.marker.ordinal) {
      runs.push(current)
      current = []
    }
    current.push(p)
  }
  if (current.length > 0) runs.push(current)
  return runs
}

export function runMatchesList(run: readonly Point[], list: GoldList): boolean {
  if (run.length !== list.items.length) return false
  return run.every((p, i) => {
    const item = list.items[i]!
    return p.marker.ordinal === item.ordinal && itemHead(p.text) === itemHead(item.head)
  })
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b
}

export function scoreDocument(doc: SpeechDocument, gold: Gold): DocumentScore {
  const goldTitle = gold.title
  const titleOk =
    goldTitle === null || goldTitle === undefined
      ? doc.title === null
      : doc.title !== null && normalizeText(doc.title) === normalizeText(goldTitle)

  const predicted = flattenSections(doc.sections)
  const pairs = alignHeadings(gold.headings, predicted)
  const goldMatched = new Set(pairs.map(([g]) => g))
  const predictedMatched = new Set(pairs.map(([, p]) => p))
  const missed = gold.headings.filter((h, i) => !goldMatched.has(i) && !h.optional)
  const extra = predicted.filter((_, j) => !predictedMatched.has(j))
  const wrongDepth: DocumentScore['wrongDepth'] = []
  const wrongOrdinal: DocumentScore['wrongOrdinal'] = []
  let depthCorrect = 0
  let ordinalCorrect = 0
  let ordinalChecked = 0
  for (const [g, p] of pairs) {
    const want = [gold.headings[g]!.depth, ...(gold.headings[g]!.altDepths ?? [])]
    const got = predicted[p]!
    if (want.includes(got.depth)) depthCorrect++
    else wrongDepth.push({ text: got.text, got: got.depth, want })
    const ordinal = gold.headings[g]!.ordinal
    if (ordinal !== undefined) {
      ordinalChecked++
      if (got.ordinal === ordinal) ordinalCorrect++
      else wrongOrdinal.push({ text: got.text, got: got.ordinal, want: ordinal })
    }
  }
  const tp = pairs.length
  const headingPrecision = ratio(tp, tp + extra.length)
  const headingRecall = ratio(tp, tp + missed.length)

  const lists = gold.points ?? []
  const runs = collectPointArrays(doc).flatMap(risingRuns)
  const required = lists.filter((l) => !l.optional)
  const missedLists = required.filter((l) => !runs.some((r) => runMatchesList(r, l)))
  let runsMatchingRequired = 0
  let runsMatchingOptional = 0
  const extraLists: Point[][] = []
  for (const run of runs) {
    if (required.some((l) => runMatchesList(run, l))) runsMatchingRequired++
    else if (lists.some((l) => l.optional && runMatchesList(run, l))) runsMatchingOptional++
    else extraLists.push(run)
  }

  return {
    titleOk,
    predictedTitle: doc.title,
    goldTitle,
    matched: pairs,
    missed,
    extra,
    wrongDepth,
    wrongOrdinal,
    headingPrecision,
    headingRecall,
    depthCorrect,
    ordinalCorrect,
    ordinalChecked,
    listsExpected: required.length,
    listsFound: required.length - missedLists.length,
    missedLists,
    predictedRuns: runs.length,
    runsMatchingRequired,
    runsMatchingOptional,
    extraLists,
    exact: titleOk && missed.length === 0 && extra.length === 0 && wrongDepth.length === 0,
  }
}

export interface Summary {
  docs: number
  exactDocs: number
  titleAccuracy: number
  headingPrecision: number
  headingRecall: number
  headingF1: number
  depthAccuracy: number
  ordinalAccuracy: number
  listRecall: number
  listPrecision: number
}

/** Micro-averaged metrics over several documents. */
export function summarize(scores: readonly DocumentScore[]): Summary {
  let tp = 0
  let fp = 0
  let fn = 0
  let depth = 0
  let ordinal = 0
  let ordinalChecked = 0
  let listsExpected = 0
  let listsFound = 0
  let runsCounted = 0
  let runsGood = 0
  for (const s of scores) {
    tp += s.matched.length
    fp += s.extra.length
    fn += s.missed.length
    depth += s.depthCorrect
    ordinal += s.ordinalCorrect
    ordinalChecked += s.ordinalChecked
    listsExpected += s.listsExpected
    listsFound += s.listsFound
    runsCounted += s.predictedRuns - s.runsMatchingOptional
    runsGood += s.runsMatchingRequired
  }
  const precision = ratio(tp, tp + fp)
  const recall = ratio(tp, tp + fn)
  return {
    docs: scores.length,
    exactDocs: scores.filter((s) => s.exact).length,
    titleAccuracy: ratio(scores.filter((s) => s.titleOk).length, scores.length),
    headingPrecision: precision,
    headingRecall: recall,
    headingF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    depthAccuracy: ratio(depth, tp),
    ordinalAccuracy: ratio(ordinal, ordinalChecked),
    listRecall: ratio(listsFound, listsExpected),
    listPrecision: ratio(runsGood, runsCounted),
  }
}

export function formatSummary(s: Summary): string {
  const f = (x: number) => x.toFixed(3)
  return (
    `summary: ${s.docs} docs, exact ${s.exactDocs}/${s.docs}, title ${f(s.titleAccuracy)}, ` +
    `headings P ${f(s.headingPrecision)} R ${f(s.headingRecall)} F1 ${f(s.headingF1)}, ` +
    `depth ${f(s.depthAccuracy)}, ordinal ${f(s.ordinalAccuracy)}, lists R ${f(s.listRecall)} P ${f(s.listPrecision)}`
  )
}
