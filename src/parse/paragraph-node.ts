/** A body paragraph's text → its output node: text, inline enumerations and position. */
import type { Paragraph } from '../schema.js'
import type { Locator } from '../text/locate.js'
import type { Span } from '../text/span.js'
import type { Candidate } from './inline.js'
import { extractPoints } from './points.js'

/** `candidates`: the inline marker candidates of `span`, when already found. */
export function toParagraph(span: Span, locator: Locator, candidates?: readonly Candidate[]): Paragraph {
  return {
    type: 'paragraph',
    text: span.text,
    points: extractPoints(span, locator, candidates),
    position: locator.spanPosition(span),
  }
}
