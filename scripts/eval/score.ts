/**
 * Scores a parsed document against a gold outline, following the matching rules of the corpus
 * README (shared/corpus/README.md, "Matching"). Pure functions: no I/O.
 *
 * - Headings: the predicted sections flattened pre-order, aligned with the gold headings in reading
 *   order (longest common subsequence on normalised text; among equally long alignments the one with
 *   the most right depths). A `"match": "prefix"` gold heading matches a predicted text that starts
 *   with it. An `"optional": true` gold heading is neutral: neither a miss when absent, nor an extra
 *   (nor a hit) in precision and recall when present; its depth and ordinal are still checked.
 * - Inline lists: every `points` array (nested ones included) split into maximal runs of rising
 *   ordinals; a gold list is found when one run has exactly its items. Runs and gold lists pair one
 *   to one, so a list reported twice counts once and the copy is extra.
 */
import type { Point, Section, SpeechDocument } from '../../src/index.js'
import { eachParagraph, eachSection } from '../../src/walk.js'

export interface GoldHeading {
  depth: number
  marker?: string | null
  /** Checked when given (a number, or null for "no marker"); not checked when absent. */
  ordinal?: number | null
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
  /** Absent: the title is not annotated and not scored. null: the document has no title. */
  title?: string | null
  headings: GoldHeading[]
  points?: GoldList[]
}

export interface PredictedHeading {
  depth: number
  /** The marker as written ("（三）"), null for an unnumbered heading. */
  marker: string | null
  ordinal: number | null
  text: string
  /** Line of the heading in the input (1-based). */
  line: number
}

export interface WrongDepth {
  text: string
  got: number
  /** The gold depth first, then its `altDepths`. */
  want: number[]
}

export interface WrongOrdinal {
  text: string
  got: number | null
  want: number | null
}

export interface DocumentScore {
  /** False only when the gold has a title and the prediction differs. */
  titleOk: boolean
  /** Whether the gold annotates the title at all. */
  titleChecked: boolean
  predictedTitle: string | null
  goldTitle: string | null
  /** Matched pairs (gold index, predicted index), optional gold headings included. */
  matched: Array<[number, number]>
  /** Matched pairs whose gold heading is not optional (the true positives of precision and recall). */
  requiredMatched: number
  /** Matched pairs whose gold heading is optional (left out of precision and recall). */
  optionalMatched: number
  /** Non-optional gold headings. */
  requiredHeadings: number
  predictedHeadings: number
  missed: GoldHeading[]
  extra: PredictedHeading[]
  wrongDepth: WrongDepth[]
  wrongOrdinal: WrongOrdinal[]
  headingPrecision: number
  headingRecall: number
  headingF1: number
  depthCorrect: number
  /** depthCorrect / matched pairs (1 when nothing matched). */
  depthAccuracy: number
  ordinalCorrect: number
  /** Matched pairs whose gold heading gives an ordinal. */
  ordinalChecked: number
  ordinalAccuracy: number
  /** Non-optional gold lists. */
  listsExpected: number
  listsFound: number
  missedLists: GoldList[]
  /** All rising runs of all points arrays. */
  predictedRuns: number
  runsMatchingRequired: number
  runsMatchingOptional: number
  /** Runs that match no gold list. */
  extraLists: Point[][]
  listRecall: number
  listPrecision: number
  exact: boolean
}

const TRAILING = /[。．.，,；;：:、]+$/u

/** White space and `*` removed, trailing 。．.，,；;：:、 dropped. */
export function normalizeText(text: string): string {
  return text.replace(/[\s*]/gu, '').replace(TRAILING, '')
}

/** Every section, pre-order, as (depth, marker, ordinal, text, line). */
export function flattenSections(sections: readonly Section[]): PredictedHeading[] {
  const out: PredictedHeading[] = []
  eachSection(sections, (s) => {
    out.push({
      depth: s.depth,
      marker: s.marker ? s.marker.raw : null,
      ordinal: s.marker ? s.marker.ordinal : null,
      text: s.text,
      line: (s.headingPosition ?? s.position).start.line,
    })
  })
  return out
}

/** Whether a gold heading and a predicted heading have the same text (or prefix, for `match: prefix`). */
export function headingMatches(gold: GoldHeading, predicted: Pick<PredictedHeading, 'text'>): boolean {
  const g = normalizeText(gold.text)
  const p = normalizeText(predicted.text)
  return gold.match === 'prefix' ? p.startsWith(g) : p === g
}

function depthOk(gold: GoldHeading, predicted: Pick<PredictedHeading, 'depth'>): boolean {
  return gold.depth === predicted.depth || (gold.altDepths ?? []).includes(predicted.depth)
}

/**
 * Order-preserving alignment of gold and predicted headings: the longest common subsequence by
 * text; among alignments of that length, the one with the most right depths.
 */
export function alignHeadings(
  gold: readonly GoldHeading[],
  predicted: ReadonlyArray<Pick<PredictedHeading, 'depth' | 'text'>>,
): Array<[number, number]> {
  const n = gold.length
  const m = predicted.length
  // A match is worth more than all depth bonuses together, so the length is maximised first.
  const unit = Math.min(n, m) + 1
  const value = (i: number, j: number): number => {
    const g = gold[i]!
    const p = predicted[j]!
    if (!headingMatches(g, p)) return 0
    return unit + (depthOk(g, p) ? 1 : 0)
  }
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const v = value(i, j)
      const skip = Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
      table[i]![j] = v > 0 ? Math.max(skip, table[i + 1]![j + 1]! + v) : skip
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const v = value(i, j)
    if (v > 0 && table[i]![j] === table[i + 1]![j + 1]! + v) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

/**
 * The comparable head of an inline item: white space and `*` removed, cut at the first 。；！？,
 * a leading 是 or 要 dropped, then the first four characters.
 */
export function itemHead(text: string): string {
  let t = text.replace(/[\s*]/gu, '')
  const cut = t.search(/[。；！？]/u)
  if (cut >= 0) t = t.slice(0, cut)
  t = t.replace(/^[是要]/u, '')
  return Array.from(t).slice(0, 4).join('')
}

/** Every points array in the document, in reading order, nested ones (`point.points`) included. */
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

/** Splits a points array into maximal runs whose ordinals keep rising (strictly). */
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

/** Whether a run has exactly the gold list's items (same count, ordinals and heads). */
export function runMatchesList(run: readonly Point[], list: GoldList): boolean {
  if (run.length !== list.items.length) return false
  return run.every((p, i) => {
    const item = list.items[i]!
    return p.marker.ordinal === item.ordinal && itemHead(p.text) === itemHead(item.head)
  })
}

/** a / b, and 1 when there is nothing to count (0 / 0). */
export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

function scoreTitle(doc: SpeechDocument, gold: Gold): { titleOk: boolean; titleChecked: boolean } {
  if (gold.title === undefined) return { titleOk: true, titleChecked: false }
  const ok =
    gold.title === null
      ? doc.title === null
      : doc.title !== null && normalizeText(doc.title) === normalizeText(gold.title)
  return { titleOk: ok, titleChecked: true }
}

function scoreLists(doc: SpeechDocument, gold: Gold) {
  const lists = gold.points ?? []
  const runs = collectPointArrays(doc).flatMap((array) => risingRuns(array))
  const taken = new Set<number>()
  let runsMatchingRequired = 0
  let runsMatchingOptional = 0
  const extraLists: Point[][] = []
  const claim = (run: Point[], optional: boolean): boolean => {
    const k = lists.findIndex(
      (l, index) => !taken.has(index) && Boolean(l.optional) === optional && runMatchesList(run, l),
    )
    if (k < 0) return false
    taken.add(k)
    return true
  }
  for (const run of runs) {
    if (claim(run, false)) runsMatchingRequired++
    else if (claim(run, true)) runsMatchingOptional++
    else extraLists.push(run)
  }
  const required = lists.filter((l) => !l.optional)
  const missedLists = lists.filter((l, index) => !l.optional && !taken.has(index))
  return {
    listsExpected: required.length,
    listsFound: required.length - missedLists.length,
    missedLists,
    predictedRuns: runs.length,
    runsMatchingRequired,
    runsMatchingOptional,
    extraLists,
  }
}

export function scoreDocument(doc: SpeechDocument, gold: Gold): DocumentScore {
  const { titleOk, titleChecked } = scoreTitle(doc, gold)

  const predicted = flattenSections(doc.sections)
  const pairs = alignHeadings(gold.headings, predicted)
  const goldMatched = new Set(pairs.map(([g]) => g))
  const predictedMatched = new Set(pairs.map(([, p]) => p))
  const missed = gold.headings.filter((h, i) => !goldMatched.has(i) && !h.optional)
  const extra = predicted.filter((_, j) => !predictedMatched.has(j))
  const wrongDepth: WrongDepth[] = []
  const wrongOrdinal: WrongOrdinal[] = []
  let depthCorrect = 0
  let ordinalCorrect = 0
  let ordinalChecked = 0
  let optionalMatched = 0
  for (const [g, p] of pairs) {
    const want = gold.headings[g]!
    const got = predicted[p]!
    if (want.optional) optionalMatched++
    if (depthOk(want, got)) depthCorrect++
    else wrongDepth.push({ text: got.text, got: got.depth, want: [want.depth, ...(want.altDepths ?? [])] })
    if (want.ordinal !== undefined) {
      ordinalChecked++
      if (got.ordinal === want.ordinal) ordinalCorrect++
      else wrongOrdinal.push({ text: got.text, got: got.ordinal, want: want.ordinal })
    }
  }
  const requiredMatched = pairs.length - optionalMatched
  const requiredHeadings = gold.headings.filter((h) => !h.optional).length
  const headingPrecision = ratio(requiredMatched, predicted.length - optionalMatched)
  const headingRecall = ratio(requiredMatched, requiredHeadings)

  const lists = scoreLists(doc, gold)

  return {
    titleOk,
    titleChecked,
    predictedTitle: doc.title,
    goldTitle: gold.title ?? null,
    matched: pairs,
    requiredMatched,
    optionalMatched,
    requiredHeadings,
    predictedHeadings: predicted.length,
    missed,
    extra,
    wrongDepth,
    wrongOrdinal,
    headingPrecision,
    headingRecall,
    headingF1: f1(headingPrecision, headingRecall),
    depthCorrect,
    depthAccuracy: ratio(depthCorrect, pairs.length),
    ordinalCorrect,
    ordinalChecked,
    ordinalAccuracy: ratio(ordinalCorrect, ordinalChecked),
    ...lists,
    listRecall: ratio(lists.listsFound, lists.listsExpected),
    listPrecision: ratio(lists.runsMatchingRequired, lists.predictedRuns - lists.runsMatchingOptional),
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

/** Metrics over several documents, micro-averaged (counts summed before dividing). */
export function summarize(scores: readonly DocumentScore[]): Summary {
  let tp = 0
  let predictedCounted = 0
  let requiredHeadings = 0
  let matched = 0
  let depth = 0
  let ordinal = 0
  let ordinalChecked = 0
  let listsExpected = 0
  let listsFound = 0
  let runsCounted = 0
  let runsGood = 0
  for (const s of scores) {
    tp += s.requiredMatched
    predictedCounted += s.predictedHeadings - s.optionalMatched
    requiredHeadings += s.requiredHeadings
    matched += s.matched.length
    depth += s.depthCorrect
    ordinal += s.ordinalCorrect
    ordinalChecked += s.ordinalChecked
    listsExpected += s.listsExpected
    listsFound += s.listsFound
    runsCounted += s.predictedRuns - s.runsMatchingOptional
    runsGood += s.runsMatchingRequired
  }
  const precision = ratio(tp, predictedCounted)
  const recall = ratio(tp, requiredHeadings)
  const titled = scores.filter((s) => s.titleChecked)
  return {
    docs: scores.length,
    exactDocs: scores.filter((s) => s.exact).length,
    titleAccuracy: ratio(titled.filter((s) => s.titleOk).length, titled.length),
    headingPrecision: precision,
    headingRecall: recall,
    headingF1: f1(precision, recall),
    depthAccuracy: ratio(depth, matched),
    ordinalAccuracy: ratio(ordinal, ordinalChecked),
    listRecall: ratio(listsFound, listsExpected),
    listPrecision: ratio(runsGood, runsCounted),
  }
}

/** The one `summary:` line. */
export function formatSummary(s: Summary): string {
  const f = (x: number) => x.toFixed(3)
  return (
    `summary: ${s.docs} docs, exact ${s.exactDocs}/${s.docs}, title ${f(s.titleAccuracy)}, ` +
    `headings P ${f(s.headingPrecision)} R ${f(s.headingRecall)} F1 ${f(s.headingF1)}, ` +
    `depth ${f(s.depthAccuracy)}, ordinal ${f(s.ordinalAccuracy)}, lists R ${f(s.listRecall)} P ${f(s.listPrecision)}`
  )
}
