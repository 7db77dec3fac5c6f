/**
 * Body lines → paragraphs. A line broken in the middle of a sentence (a PDF or copy artefact: it
 * does not end in sentence punctuation and the next line goes on mid-sentence) is joined to the next
 * line before anything else is decided; a paragraph is split where a line break was lost (a
 * sentence end, then an indentation run) and where two headings run together on one line. Every
 * paragraph returned has its leading marker matched.
 */
import { ChunkedList } from '../chunked-list.js'
import { blockMarkerAt, type MarkerMatch, mayStartMarkerCode } from '../markers/match.js'
import { isStructuralId, STYLE_COUNT } from '../markers/styles.js'
import { keepShape } from '../shapes.js'
import { endsLikeSentence, firstSentenceEnd, hasInnerSentenceEnd } from '../text/sentence.js'
import { Span, skipBlanks } from '../text/span.js'
import { SpanColumn } from '../text/span-column.js'
import { grownTable, int8Table, int32Table, uint8Table } from '../typed-arrays.js'
import type { ContentLines } from './content-lines.js'
import { styleCodeOf } from './depth.js'

/**
 * The body's paragraphs, as parallel arrays by paragraph index: no record per paragraph (the list
 * lives through the whole classification, and records that live that long are copied by every
 * young-generation collection on the way; spans too are kept as text and offset, see SpanColumn).
 * Written by `push` and `pushLine`; rows past `count` are never read.
 */
export class Paragraphs {
  /** Each paragraph's span (one-run spans kept as text and offset: see SpanColumn). */
  readonly spans: SpanColumn
  /** The marker that opens each paragraph, or null (also when the marker is all the paragraph holds). */
  readonly leads: ChunkedList<MarkerMatch | null>
  /** The Markdown heading level of its line (0: none). */
  markdownHeading: Uint8Array
  /** 1 when the paragraph is indented (or the text is not mostly indented at all). */
  indented: Uint8Array
  /** Where the first sentence after the lead ends, when already found; else -1. */
  sentenceEnd: Int32Array
  count = 0

  /** `wholeLists`: the per-row lists made whole, not in pieces (see `makesWholeLists`). */
  constructor(
    capacity: number,
    readonly wholeLists: boolean,
  ) {
    const size = Math.max(capacity, 4)
    this.spans = new SpanColumn(size, wholeLists)
    this.leads = new ChunkedList(size, wholeLists)
    this.markdownHeading = uint8Table(size)
    this.indented = uint8Table(size)
    this.sentenceEnd = int32Table(size)
  }

  push(
    span: Span,
    markdownHeading: number,
    indented: boolean,
    lead: MarkerMatch | null,
    sentenceEnd: number,
  ): void {
    this.spans.set(this.count, span)
    this.pushFacts(span.text, markdownHeading, indented, lead, sentenceEnd)
  }

  /** Appends content line `row` of `lines` as a paragraph as it stands (no Span made). */
  pushLine(
    lines: SpanColumn,
    row: number,
    markdownHeading: number,
    indented: boolean,
    lead: MarkerMatch | null,
  ): void {
    this.spans.copyRow(this.count, lines, row)
    this.pushFacts(lines.text(row), markdownHeading, indented, lead, -1)
  }

  private pushFacts(
    text: string,
    markdownHeading: number,
    indented: boolean,
    lead: MarkerMatch | null,
    sentenceEnd: number,
  ): void {
    const k = this.count++
    if (k === this.markdownHeading.length) this.grow()
    // A bare marker opens no heading: the paragraph is taken as opening with no marker, and the
    // sentence end found after that marker is dropped.
    const bare = lead !== null && isBare(lead, text)
    this.leads.set(k, bare ? null : lead)
    this.markdownHeading[k] = markdownHeading
    this.indented[k] = indented ? 1 : 0
    this.sentenceEnd[k] = bare ? -1 : sentenceEnd
  }

  /** Doubles the typed arrays' room (the lists grow by themselves): a text with more paragraphs than lines. */
  private grow(): void {
    const size = this.markdownHeading.length * 2
    this.markdownHeading = grownTable(this.markdownHeading, size)
    this.indented = grownTable(this.indented, size)
    this.sentenceEnd = grownTable(this.sentenceEnd, size)
  }
}

/** A marker with no text after it ("（一）" alone): it opens no heading. */
function isBare(lead: MarkerMatch, text: string): boolean {
  return lead.length >= text.length
}

/** Lines longer than this are body text, never a title or an unnumbered heading. */
const SHORT_LINE = 60

function isComplete(text: string): boolean {
  return endsLikeSentence(text) || hasInnerSentenceEnd(text)
}

/** The width a hard-wrapped text was wrapped at, when most lines share one length. */
function wrapWidth(lines: ContentLines, first: number): number {
  const counts = new Map<number, number>()
  let long = 0
  for (let i = first; i < lines.count; i++) {
    const length = lines.spans.text(i).length
    if (length < 20) continue
    long++
    counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  if (long < 6) return 0
  let best = 0
  let bestCount = 0
  for (const [length, count] of counts) {
    const near = count + (counts.get(length - 1) ?? 0) + (counts.get(length + 1) ?? 0)
    if (near > bestCount) {
      best = length
      bestCount = near
    }
  }
  return bestCount * 2 >= long ? best : 0
}

/** What the reflow decisions need to know about each line, computed once. */
interface LineFacts {
  /**
   * The marker that opens each line, by its index in the content lines; null when none does, and
   * when the marker is all the line holds ("（一）" alone opens no heading, see Paragraphs.push):
   * such a match is not kept (on a text of many such lines, kept matches would live, and be copied
   * by the collector, until the paragraphs are classified).
   */
  leads: ChunkedList<MarkerMatch | null>
  /** Each line's marker style as its `STYLE_CODE` (lines whose marker is all they hold too); 0: none. */
  leadStyle: Uint8Array
  /** For lines with a marker: 1 when the line is complete (a sentence or a run-in paragraph), -1 if not. */
  complete: Int8Array
  /**
   * For each marker style, by `STYLE_CODE - 1`: how many lines that open with it are complete minus how
   * many stop without punctuation. A line of a style whose other lines are usually complete, and
   * that itself stops mid-sentence, was broken.
   */
  tally: Int32Array
  /** The wrap width of a hard-wrapped text, or 0. */
  width: number
}

function lineFacts(lines: ContentLines, first: number): LineFacts {
  const leads = new ChunkedList<MarkerMatch | null>(lines.count, lines.wholeLists)
  const leadStyle = uint8Table(lines.count)
  const complete = int8Table(lines.count)
  const tally = int32Table(STYLE_COUNT)
  for (let i = first; i < lines.count; i++) {
    const text = lines.spans.text(i)
    const lead = blockMarkerAt(text)
    leads.set(i, lead !== null && !isBare(lead, text) ? lead : null)
    if (lead) {
      const code = styleCodeOf(lead)
      const vote = isComplete(text) ? 1 : -1
      leadStyle[i] = code
      complete[i] = vote
      tally[code - 1]! += vote
    }
  }
  return { leads, leadStyle, complete, tally, width: wrapWidth(lines, first) }
}

function endsWithComma(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0xff0c /* ， */ || last === 0x3001 /* 、 */ || last === 0x2c /* , */
}

function isBroken(lines: ContentLines, i: number, facts: LineFacts): boolean {
  const text = lines.spans.text(i)
  if (lines.markdownHeading[i] || lines.markdownHeading[i + 1] || lines.afterBlank[i + 1]) return false
  if (endsLikeSentence(text)) return false
  if (facts.leadStyle[i + 1] !== 0) return false
  if (endsWithComma(text)) return true
  const style = facts.leadStyle[i]!
  const { tally, width } = facts
  // In a text hard-wrapped at a fixed width, a line that fills the width goes on in the next one.
  if (width > 0 && text.length >= width - 2) return true
  if (style !== 0) {
    // The other lines of this style, without this one.
    const others = tally[style - 1]! - facts.complete[i]!
    return others > 0 && (text.includes('，') || text.includes(','))
  }
  return text.length > SHORT_LINE || hasInnerSentenceEnd(text)
}

/**
 * A sentence end followed by an indentation run (U+3000, or two or more spaces) inside a paragraph
 * is a lost line break ("…制度。　　（二）推进…"): the paragraph is split there.
 */
const LOST_BREAK = /[。！？；!?;”’」』](?:[ \t]*\u3000|[ \t]{2})[ \t\u3000]*(?=\S)/g

/**
 * Whether `text` holds a U+3000 or two spaces in a row. A short text is scanned by hand (two
 * `includes` calls cost more than a heading's few characters); a long one by `includes`, whose
 * search beats a loop over every character.
 */
function hasIndentationRun(text: string): boolean {
  if (text.length > 16) return text.includes('\u3000') || text.includes('  ')
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x3000 || (code === 0x20 && text.charCodeAt(i + 1) === 0x20)) return true
  }
  return false
}

function splitLostBreaks(
  span: Span,
  markdownHeading: number,
  indented: boolean,
  lead: MarkerMatch | null | undefined,
  out: Paragraphs,
): void {
  const text = span.text
  if (!hasIndentationRun(text)) {
    pushSplittingRunTogether(span, markdownHeading, indented, lead, out)
    return
  }
  let from = 0
  LOST_BREAK.lastIndex = 0
  for (let m = LOST_BREAK.exec(text); m !== null; m = LOST_BREAK.exec(text)) {
    const cut = m.index + 1
    pushSplittingRunTogether(span.slice(from, cut), from > 0 ? 0 : markdownHeading, indented, undefined, out)
    from = m.index + m[0].length
  }
  if (from === 0) pushSplittingRunTogether(span, markdownHeading, indented, lead, out)
  else pushSplittingRunTogether(span.slice(from), 0, indented, undefined, out)
}

/**
 * Appends the paragraph to `out`, split where a structural marker's heading sentence is followed by
 * another structural marker ("（一）健全体系。1.优化设置。…", two headings run together on one line),
 * so the second heading is judged as a paragraph of its own. Every paragraph appended has its lead
 * matched (`lead` undefined: not matched yet).
 */
function pushSplittingRunTogether(
  span: Span,
  markdownHeading: number,
  indented: boolean,
  known: MarkerMatch | null | undefined,
  out: Paragraphs,
): void {
  let current = span
  let heading = markdownHeading
  let lead = known !== undefined ? known : blockMarkerAt(span.text)
  let sentenceEnd = -1
  for (;;) {
    sentenceEnd = -1
    if (!lead || !isStructuralId(lead.styleId)) break
    const text = current.text
    const end = firstSentenceEnd(text, lead.length)
    sentenceEnd = end
    // Most headings have no second marker after their sentence: decided without slicing.
    const restStart = skipBlanks(text, end)
    if (restStart >= text.length || !mayStartMarkerCode(text.charCodeAt(restStart))) break
    const rest = current.slice(end).trim()
    const next = rest.length > 0 ? blockMarkerAt(rest.text) : null
    if (!next || !isStructuralId(next.styleId) || next.length >= rest.length) break
    out.push(current.slice(0, end), heading, indented, lead, -1)
    current = rest
    heading = 0
    lead = next
  }
  out.push(current, heading, indented, lead, sentenceEnd)
}

/** Content lines from `first` on → paragraphs. */
export function buildParagraphs(lines: ContentLines, first: number): Paragraphs {
  const facts = lineFacts(lines, first)
  const count = lines.count
  let indentedCount = 0
  for (let i = first; i < count; i++) if (lines.indent[i]! > 0) indentedCount++
  const mostlyIndented = indentedCount * 2 > count - first
  // Most documents have one paragraph per line: the table is sized for that.
  const paragraphs = new Paragraphs(count - first, lines.wholeLists)
  let i = first
  while (i < count) {
    let j = i
    while (j + 1 < count && isBroken(lines, j, facts)) j++
    const indented = mostlyIndented ? lines.indent[i]! > 0 : true
    if (j > i) {
      // A joined paragraph is matched again; one of a single line opens with that line's marker.
      const parts: Span[] = []
      for (let k = i; k <= j; k++) parts.push(lines.spans.get(k))
      splitLostBreaks(Span.concat(parts), lines.markdownHeading[i]!, indented, undefined, paragraphs)
    } else {
      const lead = facts.leads.get(i) ?? null
      // A line with no indentation run inside and no structural marker (which may have a second
      // heading run in after its sentence) is a paragraph as it stands: no Span is made for it.
      if ((lead === null || !isStructuralId(lead.styleId)) && !hasIndentationRun(lines.spans.text(i)))
        paragraphs.pushLine(lines.spans, i, lines.markdownHeading[i]!, indented, lead)
      else splitLostBreaks(lines.spans.get(i), lines.markdownHeading[i]!, indented, lead, paragraphs)
    }
    i = j + 1
  }
  return paragraphs
}

keepShape(new Paragraphs(0, false))
