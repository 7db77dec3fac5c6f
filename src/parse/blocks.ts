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
import { ChunkedList } from '../chunked-list.js'
import { copyMarker, type MarkerMatch } from '../markers/match.js'
import { canContinueList, isEnumerationId, isStructuralId } from '../markers/styles.js'
import { emptyList, listOf, SectionNode } from '../nodes.js'
import type { Marker, Paragraph, PositionPoint, Section } from '../schema.js'
import { keepShape } from '../shapes.js'
import { charTable, WHITE_SPACE } from '../text/chars.js'
import type { Locator } from '../text/locate.js'
import { firstSentenceEnd } from '../text/sentence.js'
import { type Span, skipBlanks } from '../text/span.js'
import { int32Table, uint8Table } from '../typed-arrays.js'
import { styleCodeOf } from './depth.js'
import { type Candidate, findCandidates, leadContinuesInside } from './inline.js'
import { rowToParagraph, toParagraph } from './paragraph-node.js'
import type { Paragraphs } from './paragraphs.js'
import { SequenceIndex } from './sequence-index.js'

/**
 * A heading or a body paragraph, already made into its output node: a heading's section still has
 * depth 0, an empty `children` and the marker as matched (the tree sets the depth and the resolved
 * ordinal); its `body` holds only the text run in after the heading sentence, if any.
 */
export type Block = Section | Paragraph

/** `BlockList.kinds`: the block is a heading's section. */
export const SECTION = 1
/** `BlockList.kinds`: the section's body already holds the text run in after its heading sentence. */
export const SECTION_RUN_IN = 2

/**
 * The blocks of a document in reading order, with what the tree needs of each kept beside them in
 * arrays: written while each node is fresh, read by the tree without going back to the nodes (by
 * then long out of the processor's cache: on a large document, reading a field of every node again
 * cost the tree more than its own work).
 */
export class BlockList {
  readonly nodes: ChunkedList<Block | undefined>
  /** Per block: SECTION and SECTION_RUN_IN bits. */
  readonly kinds: Uint8Array
  /** Per block: where its position starts. */
  readonly starts: ChunkedList<PositionPoint>
  /** Per block: where it ends (a section: its heading, or the text run in after it). */
  readonly ends: ChunkedList<PositionPoint>
  /** Per heading, by its index among the headings: the marker's `STYLE_CODE` (0: unnumbered). */
  readonly styles: Uint8Array
  /** Per heading: the marker's ordinal as matched. */
  readonly ordinals: Int32Array
  headingCount = 0

  /** `wholeLists`: the per-block lists made whole, not in pieces (see `makesWholeLists`). */
  constructor(
    readonly count: number,
    wholeLists: boolean,
  ) {
    this.nodes = new ChunkedList(count, wholeLists)
    this.kinds = uint8Table(count)
    this.starts = new ChunkedList(count, wholeLists)
    this.ends = new ChunkedList(count, wholeLists)
    this.styles = uint8Table(count)
    this.ordinals = int32Table(count)
  }

  setParagraph(i: number, paragraph: Paragraph): void {
    this.nodes.set(i, paragraph)
    this.starts.set(i, paragraph.position.start)
    this.ends.set(i, paragraph.position.end)
  }

  setSection(i: number, section: Section, lead: MarkerMatch | null): void {
    const runIn = section.body.length > 0
    this.nodes.set(i, section)
    this.kinds[i] = runIn ? SECTION | SECTION_RUN_IN : SECTION
    this.starts.set(i, section.position.start)
    this.ends.set(i, runIn ? section.body[0]!.position.end : section.position.end)
    const h = this.headingCount++
    this.styles[h] = lead ? styleCodeOf(lead) : 0
    this.ordinals[h] = lead ? lead.marker.ordinal : 0
  }
}

const UNNUMBERED_MAX = 30
const NOTES_HEADING =
  /^(注[\s\u3000]*释|注|参考文献|附[\s\u3000]*件|附[\s\u3000]*录|说[\s\u3000]*明|后[\s\u3000]*记|前[\s\u3000]*言|引[\s\u3000]*言|结[\s\u3000]*语|结束语)$/
/** First characters of NOTES_HEADING's words: the expression runs only on a paragraph starting with one. */
const NOTES_FIRST = charTable('注参附说后前引结')
const SENTENCE_PUNCTUATION = /[。！？；：，,;:!?．]/

interface EnumerationItem {
  style: Marker['style']
  ordinal: number
}

/** Per UTF-16 code unit: 1 for the punctuation and blanks dropped from a heading's end. */
const DROPPED_AT_END = charTable(`。．.，,；;：:、${WHITE_SPACE}`)

/** Paragraph `i` as a heading opened by `match` (null: unnumbered). */
function makeHeading(
  paragraphs: Paragraphs,
  i: number,
  span: Span,
  match: MarkerMatch | null,
  locator: Locator,
): Section {
  const text = span.text
  const start = match ? match.length : 0
  const known = paragraphs.leads.get(i) === match ? paragraphs.sentenceEnd[i]! : -1
  const end = known >= 0 ? known : firstSentenceEnd(text, start)
  // The heading text without its trailing 。；，：、 and blanks.
  let textEnd = end
  while (textEnd > start && DROPPED_AT_END[text.charCodeAt(textEnd - 1)] === 1) textEnd--
  const rest = skipBlanks(text, end) < text.length ? span.slice(end).trim() : null
  const position = locator.spanPosition(span, 0, Math.max(end, start))
  const body: Paragraph[] = rest ? listOf(toParagraph(rest, locator)) : emptyList()
  return new SectionNode(match ? copyMarker(match.marker) : null, text.slice(start, textEnd), body, position)
}

/** Whether paragraph `i` (which opens with no marker) is a heading all the same. */
function isUnnumberedHeading(paragraphs: Paragraphs, i: number): boolean {
  const text = paragraphs.spans.text(i)
  if (paragraphs.markdownHeading[i]! > 0) return true
  if (text.length === 0 || text.length > UNNUMBERED_MAX) return false
  if (NOTES_FIRST[text.charCodeAt(0)] === 1 && NOTES_HEADING.test(text)) return true
  if (text.length < 4 || SENTENCE_PUNCTUATION.test(text)) return false
  // Read past the end only when there is a next paragraph: an out-of-bounds read makes V8
  // discard the optimised code of its caller's loop once per document.
  const next = i + 1 < paragraphs.count ? paragraphs.spans.text(i + 1) : undefined
  const nextLead = next !== undefined ? paragraphs.leads.get(i + 1) : null
  const nextShort = next !== undefined && next.length <= UNNUMBERED_MAX && !SENTENCE_PUNCTUATION.test(next)
  if (nextShort && !nextLead) return false // a list of short lines (雇农, 贫农) is not a heading
  if (text.startsWith('关于') && nextLead !== null) return true
  return paragraphs.indented[i] === 0 && next !== undefined && !nextShort
}

export function classifyParagraphs(paragraphs: Paragraphs, locator: Locator): BlockList {
  const { spans, leads, count } = paragraphs
  const sequences = new SequenceIndex(leads, count)
  // One block per paragraph, written by index (a large list grown by push is copied at each growth).
  const blocks = new BlockList(count, paragraphs.wholeLists)
  // Enumeration headings met since the last structural heading: a later item may continue any of them.
  // (Emptied in place, not replaced: a structural heading, which empties it, may come on every line;
  // and only when it holds something: setting an array's length is a call into the runtime.)
  const enumerations: EnumerationItem[] = []
  for (let i = 0; i < count; i++) {
    const lead = leads.get(i)
    if (lead === null) {
      if (isUnnumberedHeading(paragraphs, i)) {
        blocks.setSection(i, makeHeading(paragraphs, i, spans.get(i), null, locator), null)
        if (enumerations.length > 0) enumerations.length = 0
      } else blocks.setParagraph(i, rowToParagraph(spans, i, locator))
      continue
    }
    // A fresh object for a paragraph that opens with a marker, gone once it is a node (see SpanColumn).
    const span = spans.get(i)
    const candidates = findCandidates(span.text, 0, span.text.length, 2)
    const isHeading = decideHeading(
      paragraphs.markdownHeading[i]!,
      lead,
      sequences,
      i,
      enumerations,
      candidates,
    )
    if (isHeading) {
      const m = lead.marker
      blocks.setSection(i, makeHeading(paragraphs, i, span, lead, locator), lead)
      if (isEnumerationId(lead.styleId)) {
        const previous = enumerations[enumerations.length - 1]
        const ordinal: number = m.ordinal === 0 ? (previous?.ordinal ?? 0) + 1 : m.ordinal
        enumerations.push({ style: m.style, ordinal })
      } else if (enumerations.length > 0) enumerations.length = 0
    } else blocks.setParagraph(i, toParagraph(span, locator, candidates))
  }
  return blocks
}

function decideHeading(
  markdownHeading: number,
  match: MarkerMatch,
  sequences: SequenceIndex,
  index: number,
  enumerations: readonly EnumerationItem[],
  candidates: readonly Candidate[],
): boolean {
  if (markdownHeading > 0) return true
  const style = match.marker.style
  const inside = leadContinuesInside(candidates)
  if (inside === 'same') return false
  if (sequences.continuesBelow(index, match, true)) return true
  if (inside === 'compatible') return false
  if (sequences.continuesBelow(index, match, false)) return true
  if (continuesEnumeration(enumerations, style, match.marker.ordinal)) return true
  return isStructuralId(match.styleId)
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

keepShape(new BlockList(0, false))
