/**
 * Properties over generated inputs (fast-check, fixed seed): parseSpeech never throws and its output
 * passes its own schema; the outline ignores line-ending style, a BOM and trailing blanks; Markdown
 * output reads back to the same outline; lint never throws and places every message in the input.
 */
import { readdirSync, readFileSync } from 'node:fs'
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

const alphabet = [
  '一',
  '二',
  '三',
  '四',
  '十',
  '第',
  '是',
  '要',
  '首先',
  '其次',
  '最后',
  '（',
  '）',
  '(',
  ')',
  '《',
  '》',
  '“',
  '”',
  '、',
  '，',
  '。',
  '；',
  '：',
  '1',
  '2',
  '.',
  '①',
  '⑴',
  '㈠',
  '\n',
  '\r\n',
  '\u3000',
  ' ',
  '😀',
  '𠮷',
  '\u0000',
  '\u200b',
  '党建',
  '学习',
  '同志们',
  '讲话',
  '#',
  '*',
  '-',
  '\\',
]
const markerSoup = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((a) => a.join(''))

const sampleDir = new URL('../examples/speeches/', import.meta.url)
const samples = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, sampleDir), 'utf8'))

/** Random edits of the sample speeches: lines deleted, swapped, joined, split, markers renumbered. */
const editedSample = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.constantFrom('delete', 'swap', 'join', 'split', 'renumber'), fc.nat(), fc.nat()), {
      maxLength: 6,
    }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n')
    for (const [kind, a, b] of edits) {
      const i = a % lines.length
      const j = b % lines.length
      if (kind === 'delete') lines.splice(i, 1)
      else if (kind === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!]
      else if (kind === 'join' && i + 1 < lines.length) lines.splice(i, 2, `${lines[i]}${lines[i + 1]}`)
      else if (kind === 'split') {
        const line = lines[i]!
        const at = b % (line.length + 1)
        lines.splice(i, 1, line.slice(0, at), line.slice(at))
      } else if (kind === 'renumber') lines[i] = lines[i]!.replace(/[一二三四五]/, '七')
      if (lines.length === 0) lines.push('')
    }
    return lines.join('\n')
  })

const anyInput = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), markerSoup, editedSample)

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
      { seed: SEED, numRuns: 1500 },
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
      { seed: SEED, numRuns: 1000 },
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
