/**
 * Body lines → paragraphs. A line broken in the middle of a sentence (a PDF or copy artefact: it
 * does not end in sentence punctuation and the next line goes on mid-sentence) is joined to the next
 * line before anything else is decided.
 */
import { type MarkerMatch, matchBlockMarker } from '../markers/match.js'
import type { MarkerStyle } from '../schema.js'
import { endsLikeSentence, hasInnerSentenceEnd } from '../text/sentence.js'
import { Span } from '../text/span.js'

export interface BodyLine {
  /** 0-based source line. */
  line: number
  span: Span
  markdownHeading: number
  /** How many leading blanks the line has as written. */
  indent: number
  /** A blank line (or the start of the body) comes right before this line. */
  afterBlank: boolean
}

export interface RawParagraph {
  /** 0-based source line where the paragraph starts. */
  line: number
  span: Span
  markdownHeading: number
  indented: boolean
  /** The marker that opens the paragraph, when already matched (undefined: not yet). */
  lead?: MarkerMatch | null
}

/** Lines longer than this are body text, never a title or an unnumbered heading. */
const SHORT_LINE = 60

/**
 * For each marker style, how many lines that open with it are complete sentences (or run-in
 * paragraphs) minus how many stop without punctuation. A line of a style whose other lines are
 * usually complete, and that itself stops mid-sentence, was broken.
 */
function styleTally(
  lines: readonly BodyLine[],
  leads: readonly (MarkerMatch | null)[],
): Map<MarkerStyle, number> {
  const tally = new Map<MarkerStyle, number>()
  lines.forEach(({ span }, i) => {
    const m = leads[i]
    if (m) tally.set(m.marker.style, (tally.get(m.marker.style) ?? 0) + (isComplete(span.text) ? 1 : -1))
  })
  return tally
}

function isComplete(text: string): boolean {
  return endsLikeSentence(text) || hasInnerSentenceEnd(text)
}

/** The width a hard-wrapped text was wrapped at, when most lines share one length. */
function wrapWidth(lines: readonly BodyLine[]): number {
  const counts = new Map<number, number>()
  let long = 0
  for (const { span } of lines) {
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

/** The marker that opens each line (or null), computed once for the reflow decisions. */
interface LineFacts {
  tally: ReadonlyMap<MarkerStyle, number>
  leads: readonly (MarkerMatch | null)[]
  width: number
}

function isBroken(lines: readonly BodyLine[], i: number, facts: LineFacts): boolean {
  const line = lines[i]!
  const next = lines[i + 1]!
  const text = line.span.text
  if (line.markdownHeading || next.markdownHeading || next.afterBlank) return false
  if (endsLikeSentence(text)) return false
  if (facts.leads[i + 1] !== null) return false
  if (/[，、,]$/.test(text)) return true
  const marker = facts.leads[i]
  const { tally, width } = facts
  // In a text hard-wrapped at a fixed width, a line that fills the width goes on in the next one.
  if (width > 0 && text.length >= width - 2) return true
  if (marker) {
    // The other lines of this style, without this one.
    const others = (tally.get(marker.marker.style) ?? 0) - (isComplete(text) ? 1 : -1)
    return others > 0 && /[，,]/.test(text)
  }
  return text.length > SHORT_LINE || hasInnerSentenceEnd(text)
}

/**
 * A sentence end followed by an indentation run (U+3000, or two or more spaces) inside a paragraph
 * is a lost line break ("…制度。　　（二）推进…"): the paragraph is split there.
 */
const LOST_BREAK = /[。！？；!?;”’」』][ \t]*(?:\u3000+|[ \t]{2,})[ \t\u3000]*(?=\S)/g

function splitLostBreaks(paragraph: RawParagraph, out: RawParagraph[]): void {
  const text = paragraph.span.text
  if (!text.includes('\u3000') && !text.includes('  ')) {
    out.push(paragraph)
    return
  }
  let from = 0
  LOST_BREAK.lastIndex = 0
  for (let m = LOST_BREAK.exec(text); m !== null; m = LOST_BREAK.exec(text)) {
    const cut = m.index + 1
    out.push({
      line: paragraph.line,
      span: paragraph.span.slice(from, cut),
      markdownHeading: from > 0 ? 0 : paragraph.markdownHeading,
      indented: paragraph.indented,
    })
    from = m.index + m[0].length
  }
  if (from === 0) out.push(paragraph)
  else
    out.push({
      line: paragraph.line,
      span: paragraph.span.slice(from),
      markdownHeading: 0,
      indented: paragraph.indented,
    })
}

export function buildParagraphs(lines: readonly BodyLine[]): RawParagraph[] {
  const leads = lines.map((line) => matchBlockMarker(line.span.text))
  const facts: LineFacts = { tally: styleTally(lines, leads), leads, width: wrapWidth(lines) }
  const indentedCount = lines.filter((l) => l.indent > 0).length
  const mostlyIndented = indentedCount * 2 > lines.length
  const paragraphs: RawParagraph[] = []
  let i = 0
  while (i < lines.length) {
    const first = lines[i]!
    const parts = [first.span]
    let j = i
    while (j + 1 < lines.length && isBroken(lines, j, facts)) {
      j++
      parts.push(lines[j]!.span)
    }
    splitLostBreaks(
      {
        line: first.line,
        span: Span.concat(parts),
        markdownHeading: first.markdownHeading,
        indented: mostlyIndented ? first.indent > 0 : true,
        // A paragraph of one line opens with that line's marker; a joined one is matched again.
        ...(parts.length === 1 ? { lead: leads[i] ?? null } : {}),
      },
      paragraphs,
    )
    i = j + 1
  }
  return paragraphs
}
