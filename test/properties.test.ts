/**
 * Properties over generated inputs (fast-check, fixed seed): parseSpeech never throws and its output
 * passes its own schema; the outline ignores line-ending style, a BOM and trailing blanks; Markdown
 * output reads back to the same outline; lint never throws and places every message in the input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assignDepths,
  type DepthInput,
  lintSpeech,
  parseSpeech,
  type Section,
  type SpeechDocument,
  SpeechDocumentSchema,
  toMarkdown,
} from '../src/index.js'

const SEED = 20261122

import { anyInput, editedSample, speechLike as markerSoup } from './support/arbitraries.js'

type Outline = Array<[number, string | null, number | null, string]>
function outline(text: string): { title: string | null; headings: Outline } {
  const doc = parseSpeech(text)
  const headings: Outline = []
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      headings.push([s.depth, s.marker?.raw ?? null, s.marker?.ordinal ?? null, s.text])
      walk(s.children)
    }
  }
  walk(doc.sections)
  return { title: doc.title, headings }
}

/** Does the document restart a list after a run-in item (where run-in changes the depths)? */
function restartsAfterRunIn(input: string, doc: SpeechDocument): boolean {
  const inputs: DepthInput[] = []
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      const heading = s.headingPosition!
      const first = s.body[0]
      const runIn =
        first !== undefined && !input.slice(heading.end.offset, first.position.start.offset).includes('\n')
      inputs.push({ marker: s.marker, runIn, hasBody: s.body.length > (runIn ? 1 : 0) })
      walk(s.children)
    }
  }
  walk(doc.sections)
  const asWritten = assignDepths(inputs).map((r) => r.depth)
  const standalone = assignDepths(inputs.map((i) => ({ ...i, runIn: false }))).map((r) => r.depth)
  return asWritten.join() !== standalone.join()
}

describe('properties', () => {
  it('parseSpeech never throws and its output passes its own schema', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        SpeechDocumentSchema.parse(parseSpeech(text))
      }),
      { seed: SEED, numRuns: 3000 },
    )
  })

  it('the outline does not depend on line endings, a BOM or trailing blanks', () => {
    fc.assert(
      fc.property(fc.oneof(markerSoup, editedSample), (text) => {
        const lines = text.split(/\r\n|\r|\n/)
        const base = outline(lines.join('\n'))
        expect(outline(lines.join('\r\n'))).toEqual(base)
        expect(outline(lines.join('\r'))).toEqual(base)
        expect(outline(`\ufeff${lines.join('\n')}`)).toEqual(base)
        expect(outline(lines.map((l) => `${l}  \u3000`).join('\n'))).toEqual(base)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('Markdown output re-parses to the same outline', () => {
    fc.assert(
      fc.property(editedSample, (text) => {
        const doc = parseSpeech(text)
        const md = toMarkdown(doc)
        if (restartsAfterRunIn(text, doc)) {
          // Markdown cannot say that a heading was written run-in, and a list restarting after a run-in
          // item sits beside it rather than under it (README, "Limits"): only the depths may differ.
          expect(outline(md).headings.map(([, raw, ordinal, t]) => [raw, ordinal, t])).toEqual(
            outline(text).headings.map(([, raw, ordinal, t]) => [raw, ordinal, t]),
          )
        } else expect(toMarkdown(parseSpeech(md))).toBe(md)
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })

  it('lint never throws and every message has a position inside the input', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const file = lintSpeech(text, { preset: 'gbt9704' })
        for (const m of file.messages) {
          const place = m.place && 'start' in m.place ? m.place : null
          expect(place).not.toBeNull()
          expect(place!.start.offset!).toBeGreaterThanOrEqual(0)
          expect(place!.end.offset!).toBeLessThanOrEqual(text.length)
          expect(place!.start.offset!).toBeLessThanOrEqual(place!.end.offset!)
        }
      }),
      { seed: SEED, numRuns: 2000 },
    )
  })
})
