/**
 * Body lines → paragraphs. A line broken in the middle of a sentence (a PDF or copy artefact: it
 * does not end in sentence punctuation and the next line goes on mid-sentence) is joined to the next
 * line before anything else is decided; a paragraph is split where a line break was lost (a
 * sentence end, then an indentation run) and where two headings run together on one line. Every
 * paragraph returned has its leading marker matched.
 */
import { type MarkerMatch, matchBlockMarker, mayStartMarkerCode } from '../markers/match.js'
import { isStructuralStyle } from '../markers/styles.js'
import { plainObjects } from '../nodes.js'
import type { MarkerStyle } from '../schema.js'
import { endsLikeSentence, firstSentenceEnd, hasInnerSentenceEnd } from '../text/sentence.js'
import { Span, skipBlanks } from '../text/span.js'
import type { ContentLines } from './content-lines.js'

export interface RawParagraph {
  span: Span
  markdownHeading: number
  indented: boolean
  /**
   * The marker that opens the paragraph, when already matched (undefined: not yet; every paragraph
   * `buildParagraphs` returns has it matched).
   */
  lead: MarkerMatch | null | undefined
  /**
   * Where the first sentence after `lead` ends, when already found (undefined: not yet). Both fields
   * are set by the constructor, so no record grows a property store when they are filled in later.
   */
  sentenceEnd: number | undefined
}

/** Made by a constructor rather than a literal (see src/nodes.ts: no allocation site). */
const RawParagraphRecord = plainObjects(function (
  this: RawParagraph,
  span: Span,
  markdownHeading: number,
  indented: boolean,
  lead: MarkerMatch | null | undefined,
) {
  this.span = span
  this.markdownHeading = markdownHeading
  this.indented = indented
  this.lead = lead
  this.sentenceEnd = undefined
})

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
    const span = lines.spans[i]!
    if (span.length < 20) continue
    long++
    counts.set(span.length, (counts.get(span.length) ?? 0) + 1)
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
  /** The marker that opens each line (or null), by its index in the content lines. */
  leads: readonly (MarkerMatch | null)[]
  /** For lines with a marker: 1 when the line is complete (a sentence or a run-in paragraph), -1 if not. */
  complete: Int8Array
  /**
   * For each marker style, how many lines that open with it are complete minus how many stop
   * without punctuation. A line of a style whose other lines are usually complete, and that
   * itself stops mid-sentence, was broken.
   */
  tally: ReadonlyMap<MarkerStyle, number>
  /** The wrap width of a hard-wrapped text, or 0. */
  width: number
}

function lineFacts(lines: ContentLines, first: number): LineFacts {
  const leads: Array<MarkerMatch | null> = new Array(lines.count)
  const complete = new Int8Array(lines.count)
  const tally = new Map<MarkerStyle, number>()
  for (let i = first; i < lines.count; i++) {
    const text = lines.spans[i]!.text
    const lead = matchBlockMarker(text)
    leads[i] = lead
    if (lead) {
      const vote = isComplete(text) ? 1 : -1
      complete[i] = vote
      tally.set(lead.marker.style, (tally.get(lead.marker.style) ?? 0) + vote)
    }
  }
  return { leads, complete, tally, width: wrapWidth(lines, first) }
}

function endsWithComma(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0xff0c /* ， */ || last === 0x3001 /* 、 */ || last === 0x2c /* , */
}

function isBroken(lines: ContentLines, i: number, facts: LineFacts): boolean {
  const text = lines.spans[i]!.text
  if (lines.markdownHeading[i] || lines.markdownHeading[i + 1] || lines.afterBlank[i + 1]) return false
  if (endsLikeSentence(text)) return false
  if (facts.leads[i + 1] !== null) return false
  if (endsWithComma(text)) return true
  const marker = facts.leads[i]
  const { tally, width } = facts
  // In a text hard-wrapped at a fixed width, a line that fills the width goes on in the next one.
  if (width > 0 && text.length >= width - 2) return true
  if (marker) {
    // The other lines of this style, without this one.
    const others = (tally.get(marker.marker.style) ?? 0) - facts.complete[i]!
    return others > 0 && (text.includes('，') || text.includes(','))
  }
  return text.length > SHORT_LINE || hasInnerSentenceEnd(text)
}

/**
 * A sentence end followed by an indentation run (U+3000, or two or more spaces) inside a paragraph
 * is a lost line break ("…制度。　　（二）推进…"): the paragraph is split there.
 */
const LOST_BREAK = /[。！？；!?;”’」』](?:[ \t]*\u3000|[ \t]{2})[ \t\u3000]*(?=\S)/g

function splitLostBreaks(paragraph: RawParagraph, out: ParagraphList): void {
  const text = paragraph.span.text
  if (!text.includes('\u3000') && !text.includes('  ')) {
    pushSplittingRunTogether(paragraph, out)
    return
  }
  let from = 0
  LOST_BREAK.lastIndex = 0
  for (let m = LOST_BREAK.exec(text); m !== null; m = LOST_BREAK.exec(text)) {
    const cut = m.index + 1
    pushSplittingRunTogether(
      new RawParagraphRecord(
        paragraph.span.slice(from, cut),
        from > 0 ? 0 : paragraph.markdownHeading,
        paragraph.indented,
        undefined,
      ),
      out,
    )
    from = m.index + m[0].length
  }
  if (from === 0) pushSplittingRunTogether(paragraph, out)
  else
    pushSplittingRunTogether(
      new RawParagraphRecord(paragraph.span.slice(from), 0, paragraph.indented, undefined),
      out,
    )
}

/**
 * Appends the paragraph to `out`, split where a structural marker's heading sentence is followed by
 * another structural marker ("（一）健全体系。1.优化设置。…", two headings run together on one line),
 * so the second heading is judged as a paragraph of its own. Every record appended has its lead
 * matched.
 */
function pushSplittingRunTogether(p: RawParagraph, out: ParagraphList): void {
  let current: RawParagraph = p
  let lead = p.lead !== undefined ? p.lead : matchBlockMarker(p.span.text)
  let sentenceEnd: number | undefined
  for (;;) {
    sentenceEnd = undefined
    if (!lead || !isStructuralStyle(lead.marker.style)) break
    const text = current.span.text
    const end = firstSentenceEnd(text, lead.length)
    sentenceEnd = end
    // Most headings have no second marker after their sentence: decided without slicing.
    const restStart = skipBlanks(text, end)
    if (restStart >= text.length || !mayStartMarkerCode(text.charCodeAt(restStart))) break
    const rest = current.span.slice(end).trim()
    const next = rest.length > 0 ? matchBlockMarker(rest.text) : null
    if (!next || !isStructuralStyle(next.marker.style) || next.length >= rest.length) break
    out.push(
      new RawParagraphRecord(current.span.slice(0, end), current.markdownHeading, current.indented, lead),
    )
    current = new RawParagraphRecord(rest, 0, current.indented, next)
    lead = next
  }
  // The records are this stage's own (the constructor sets every field): the lead found here
  // is stored in place rather than in a copy.
  current.lead = lead
  if (sentenceEnd !== undefined) current.sentenceEnd = sentenceEnd
  out.push(current)
}

/**
 * A list of paragraphs written by index into an array sized up front and trimmed at the end: a
 * large array grown by push is copied at every growth (and outside the young generation once it is
 * large, so each copy is fresh memory).
 */
class ParagraphList {
  private readonly items: RawParagraph[]
  private count = 0

  constructor(capacity: number) {
    this.items = new Array(capacity)
  }

  push(paragraph: RawParagraph): void {
    this.items[this.count++] = paragraph
  }

  done(): RawParagraph[] {
    this.items.length = this.count
    return this.items
  }
}

/** Content lines from `first` on → paragraphs. */
export function buildParagraphs(lines: ContentLines, first: number): RawParagraph[] {
  const facts = lineFacts(lines, first)
  const count = lines.count
  let indentedCount = 0
  for (let i = first; i < count; i++) if (lines.indent[i]! > 0) indentedCount++
  const mostlyIndented = indentedCount * 2 > count - first
  // Most documents have one paragraph per line: the list is sized for that.
  const paragraphs = new ParagraphList(count - first)
  let i = first
  while (i < count) {
    let j = i
    while (j + 1 < count && isBroken(lines, j, facts)) j++
    // A paragraph of one line opens with that line's marker; a joined one is matched again.
    const paragraph: RawParagraph = new RawParagraphRecord(
      lines.spans[i]!,
      lines.markdownHeading[i]!,
      mostlyIndented ? lines.indent[i]! > 0 : true,
      facts.leads[i] ?? null,
    )
    if (j > i) {
      const parts: Span[] = []
      for (let k = i; k <= j; k++) parts.push(lines.spans[k]!)
      paragraph.span = Span.concat(parts)
      paragraph.lead = undefined
    }
    splitLostBreaks(paragraph, paragraphs)
    i = j + 1
  }
  return paragraphs.done()
}
