/** A body paragraph's text → its output node: text, inline enumerations and position. */
import { emptyList, ParagraphNode } from '../nodes.js'
import type { Paragraph } from '../schema.js'
import type { Locator } from '../text/locate.js'
import { Span } from '../text/span.js'
import type { SpanColumn } from '../text/span-column.js'
import { type Candidate, findCandidates } from './inline.js'
import { extractPoints } from './points.js'

/**
 * Row `row` of `spans` → its output node. A one-run row with no inline list (nearly every paragraph)
 * makes no Span: its position is its run's.
 */
export function rowToParagraph(spans: SpanColumn, row: number, locator: Locator): Paragraph {
  const start = spans.runStart(row)
  if (start < 0) return toParagraph(spans.get(row), locator)
  const text = spans.text(row)
  const candidates = findCandidates(text, 0, text.length, 2)
  if (candidates.length < 2)
    return new ParagraphNode(text, emptyList(), locator.position(start, start + text.length))
  return toParagraph(Span.ofRun(text, start), locator, candidates)
}

/** `candidates`: the inline marker candidates of `span`, when already found. */
export function toParagraph(span: Span, locator: Locator, candidates?: readonly Candidate[]): Paragraph {
  const points = extractPoints(span, locator, candidates)
  return new ParagraphNode(span.text, points, locator.spanPosition(span))
}
