/** A body paragraph's text → its output node: text, inline enumerations and position. */
import { ParagraphNode } from '../nodes.js'
import type { Paragraph } from '../schema.js'
import type { Locator } from '../text/locate.js'
import type { Span } from '../text/span.js'
import type { Candidate } from './inline.js'
import { extractPoints } from './points.js'

/** `candidates`: the inline marker candidates of `span`, when already found. */
export function toParagraph(span: Span, locator: Locator, candidates?: readonly Candidate[]): Paragraph {
  const points = extractPoints(span, locator, candidates)
  return new ParagraphNode(span.text, points, locator.spanPosition(span))
}
