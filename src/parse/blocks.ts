/**
 * Paragraphs → blocks: each paragraph becomes a heading (numbered or not) or a body paragraph.
 *
 * A paragraph that begins with a marker is an inline enumeration (a body paragraph whose items are
 * points) when its sequence continues inside the paragraph itself, and a heading when it continues
 * in the following paragraphs (or continues an earlier heading's list). Otherwise, structural
 * styles (一、 （一） 1. …) still open headings, while the spoken enumerations (一是, 第一，, 首先)
 * stay paragraphs: "首先，我代表…" alone is not a heading. Unnumbered headings are recognised
 * conservatively (Markdown headings, notes headings, "关于…" before numbered items, flush-left
 * short lines among indented paragraphs).
 */
import type { MarkerMatch } from '../markers/match.js'
import { canContinueList, isEnumerationStyle, isStructuralStyle } from '../markers/styles.js'
import { emptyList, listOf, SectionNode } from '../nodes.js'
import type { Marker, Paragraph, Section } from '../schema.js'
import { charTable, WHITE_SPACE } from '../text/chars.js'
import type { Locator } from '../text/locate.js'
import { firstSentenceEnd } from '../text/sentence.js'
import { skipBlanks } from '../text/span.js'
import { type Candidate, findCandidates, leadContinuesInside } from './inline.js'
import { toParagraph } from './paragraph-node.js'
import type { RawParagraph } from './paragraphs.js'
import { SequenceIndex } from './sequence-index.js'

/**
 * A heading or a body paragraph, already made into its output node: a heading's section still has
 * depth 0, an empty `children` and the marker as matched (the tree sets the depth and the resolved
 * ordinal); its `body` holds only the text run in after the heading sentence, if any.
 */
export type Block = Section | Paragraph

const UNNUMBERED_MAX = 30
const NOTES_HEADING =
  /^(注[\s\u3000]*释|注|参考文献|附[\s\u3000]*件|附[\s\u3000]*录|说[\s\u3000]*明|后[\s\u3000]*记|前[\s\u3000]*言|引[\s\u3000]*言|结[\s\u3000]*语|结束语)$/
const SENTENCE_PUNCTUATION = /[。！？；：，,;:!?．]/

interface EnumerationItem {
  style: Marker['style']
  ordinal: number
}

/** Per UTF-16 code unit: 1 for the punctuation and blanks dropped from a heading's end. */
const DROPPED_AT_END = charTable(`。．.，,；;：:、${WHITE_SPACE}`)

function makeHeading(p: RawParagraph, match: MarkerMatch | null, locator: Locator): Section {
  const text = p.span.text
  const start = match ? match.length : 0
  const end = p.lead === match && p.sentenceEnd !== undefined ? p.sentenceEnd : firstSentenceEnd(text, start)
  // The heading text without its trailing 。；，：、 and blanks.
  let textEnd = end
  while (textEnd > start && DROPPED_AT_END[text.charCodeAt(textEnd - 1)] === 1) textEnd--
  const rest = skipBlanks(text, end) < text.length ? p.span.slice(end).trim() : null
  const position = locator.spanPosition(p.span, 0, Math.max(end, start))
  const body: Paragraph[] = rest ? listOf(toParagraph(rest, locator)) : emptyList()
  return new SectionNode(match ? match.marker : null, text.slice(start, textEnd), body, position)
}

function isUnnumberedHeading(
  p: RawParagraph,
  next: RawParagraph | undefined,
  nextLead: MarkerMatch | null,
): boolean {
  const text = p.span.text
  if (p.markdownHeading > 0) return true
  if (text.length === 0 || text.length > UNNUMBERED_MAX) return false
  if (NOTES_HEADING.test(text)) return true
  if (SENTENCE_PUNCTUATION.test(text) || text.length < 4) return false
  const nextShort =
    next !== undefined && next.span.length <= UNNUMBERED_MAX && !SENTENCE_PUNCTUATION.test(next.span.text)
  if (nextShort && !nextLead) return false // a list of short lines (雇农, 贫农) is not a heading
  if (text.startsWith('关于') && nextLead !== null) return true
  return !p.indented && next !== undefined && !nextShort
}

export function classifyParagraphs(paragraphs: readonly RawParagraph[], locator: Locator): Block[] {
  // A marker with no text after it ("（一）" alone) does not open a heading.
  const leads: Array<MarkerMatch | null> = paragraphs.map((p) => {
    const match = p.lead ?? null
    return match && match.length < p.span.length ? match : null
  })
  const sequences = new SequenceIndex(leads)
  // One block per paragraph, written by index (a large list grown by push is copied at each growth).
  const blocks: Block[] = new Array(paragraphs.length)
  // Enumeration headings met since the last structural heading: a later item may continue any of them.
  let enumerations: EnumerationItem[] = []
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    const lead = leads[i] ?? null
    if (!lead) {
      // Read past the end only when there is a next paragraph: an out-of-bounds read makes V8
      // discard the optimised code of this loop once per document.
      const last = i + 1 === paragraphs.length
      if (
        isUnnumberedHeading(p, last ? undefined : paragraphs[i + 1], last ? null : (leads[i + 1] ?? null))
      ) {
        blocks[i] = makeHeading(p, null, locator)
        enumerations = []
      } else blocks[i] = toParagraph(p.span, locator)
      continue
    }
    const candidates = findCandidates(p.span.text)
    const isHeading = decideHeading(p, lead, sequences, i, enumerations, candidates)
    if (isHeading) {
      blocks[i] = makeHeading(p, lead, locator)
      const m = lead.marker
      if (isEnumerationStyle(m.style)) {
        const previous = enumerations[enumerations.length - 1]
        const ordinal: number = m.ordinal === 0 ? (previous?.ordinal ?? 0) + 1 : m.ordinal
        enumerations.push({ style: m.style, ordinal })
      } else enumerations = []
    } else blocks[i] = toParagraph(p.span, locator, candidates)
  }
  return blocks
}

function decideHeading(
  p: RawParagraph,
  match: MarkerMatch,
  sequences: SequenceIndex,
  index: number,
  enumerations: readonly EnumerationItem[],
  candidates: readonly Candidate[],
): boolean {
  if (p.markdownHeading > 0) return true
  const style = match.marker.style
  const inside = leadContinuesInside(candidates)
  if (inside === 'same') return false
  if (sequences.continuesBelow(index, match, true)) return true
  if (inside === 'compatible') return false
  if (sequences.continuesBelow(index, match, false)) return true
  if (continuesEnumeration(enumerations, style, match.marker.ordinal)) return true
  return isStructuralStyle(style)
}

/** Whether an item of `style` numbered `ordinal` continues one of the enumeration headings met. */
function continuesEnumeration(
  enumerations: readonly EnumerationItem[],
  style: Marker['style'],
  ordinal: number,
): boolean {
  // A loop, not `some` with a closure: this runs for every paragraph that opens with a marker.
  for (let i = 0; i < enumerations.length; i++) {
    const item = enumerations[i]!
    if (
      canContinueList(item.style, style) &&
      (ordinal === item.ordinal + 1 || (ordinal === 0 && style === 'sequence' && item.ordinal >= 2))
    )
      return true
  }
  return false
}
