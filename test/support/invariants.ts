/**
 * The invariants every parse must keep, as a function that returns the first violation (or null),
 * shared by the property tests and the fuzz script (scripts/fuzz.ts).
 *
 * - parseSpeech does not throw on a string and its output passes SpeechDocumentSchema;
 * - every non-blank character of the input is accounted for exactly once: in the frame (title,
 *   subtitle, author, date, salutation), a heading (marker + heading sentence), a paragraph, or
 *   `removed`; white space and Markdown syntax (#, *, _, -, +, |, box borders, >) are not content;
 * - no two nodes share one marker object (changing one node's marker must not change another's);
 * - every position lies inside the input and slices it to the text it claims. A paragraph or heading
 *   joined across a removed line (a page number between the two halves of a sentence) spans that
 *   line: its slice is read without the removed lines that lie wholly inside it, and those keep
 *   their one owner, `removed`.
 */
import {
  lintSpeech,
  type Marker,
  type Paragraph,
  type Point,
  type Position,
  parseSpeech,
  type Section,
  type SpeechDocument,
  SpeechDocumentSchema,
} from '../../src/index.js'

const NOT_CONTENT = /[\s\u3000\ufeff#*_\-+|│┃║>\\]/g
export const stripNonContent = (text: string): string => text.replace(NOT_CONTENT, '')

interface Claim {
  position: Position
  text: string
  kind: string
}

/** A node whose marker object another node also holds, or null. */
function sharedMarker(doc: SpeechDocument): string | null {
  const seen = new Set<Marker>()
  const check = (marker: Marker | null, text: string): string | null => {
    if (marker === null) return null
    if (seen.has(marker))
      return `the marker ${JSON.stringify(marker.raw)} of ${JSON.stringify(text)} is shared`
    seen.add(marker)
    return null
  }
  const points = (list: Point[]): string | null => {
    for (const p of list) {
      const found = check(p.marker, p.text) ?? points(p.points)
      if (found) return found
    }
    return null
  }
  const paragraphs = (list: Paragraph[]): string | null => {
    for (const p of list) {
      const found = points(p.points)
      if (found) return found
    }
    return null
  }
  const sections = (list: Section[]): string | null => {
    for (const s of list) {
      const found = check(s.marker, s.text) ?? paragraphs(s.body) ?? sections(s.children)
      if (found) return found
    }
    return null
  }
  return paragraphs(doc.preamble) ?? sections(doc.sections) ?? paragraphs(doc.closing)
}

function claimsOf(input: string): Claim[] {
  const parsed = parseSpeech(input)
  const shared = sharedMarker(parsed)
  if (shared) throw new Error(shared)
  const doc = SpeechDocumentSchema.parse(parsed)
  const out: Claim[] = []
  for (const key of ['title', 'subtitle', 'author', 'date', 'salutation'] as const) {
    const position = doc.frame[key]
    if (position) out.push({ position, text: doc[key] ?? '', kind: key })
  }
  for (const r of doc.removed) out.push({ position: r.position, text: r.text, kind: `removed:${r.reason}` })
  const paragraphs = (list: Paragraph[], kind: string) => {
    for (const p of list) out.push({ position: p.position, text: p.text, kind })
  }
  const sections = (list: Section[]) => {
    for (const s of list) {
      out.push({
        position: s.headingPosition ?? s.position,
        text: `${s.marker?.raw ?? ''}${s.text}`,
        kind: 'heading',
      })
      paragraphs(s.body, 'body')
      sections(s.children)
    }
  }
  paragraphs(doc.preamble, 'preamble')
  sections(doc.sections)
  paragraphs(doc.closing, 'closing')
  return out
}

/** The first broken invariant for this input, or null when all hold. */
export function findViolation(input: string): string | null {
  let claims: Claim[]
  try {
    claims = claimsOf(input)
  } catch (error) {
    return `parseSpeech or its schema failed: ${(error as Error).message}`
  }
  const owner = new Int32Array(input.length).fill(-1)
  const isRemoved = (index: number) => index >= 0 && claims[index]!.kind.startsWith('removed:')
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index]!
    const { start, end } = claim.position
    if (start.offset < 0 || end.offset > input.length || start.offset > end.offset) {
      return `${claim.kind} position ${start.offset}-${end.offset} is outside the input`
    }
    // Removed lines wholly inside this claim's range (it was joined across them) are skipped.
    const inside = (other: number) => {
      if (!isRemoved(other)) return false
      const p = claims[other]!.position
      return p.start.offset >= start.offset && p.end.offset <= end.offset
    }
    let slice = ''
    for (let i = start.offset; i < end.offset; i++) if (!inside(owner[i]!)) slice += input[i]
    if (!stripNonContent(slice).startsWith(stripNonContent(claim.text))) {
      return `${claim.kind} claims ${JSON.stringify(claim.text)} but its position holds ${JSON.stringify(slice)}`
    }
    for (let i = start.offset; i < end.offset; i++) {
      if (stripNonContent(input[i]!) === '' || inside(owner[i]!)) continue
      if (owner[i] !== -1) return `offset ${i} is claimed by ${claims[owner[i]!]!.kind} and ${claim.kind}`
      owner[i] = index
    }
  }
  for (let i = 0; i < input.length; i++) {
    if (stripNonContent(input[i]!) !== '' && owner[i] === -1) {
      return `offset ${i} (${JSON.stringify(input[i])}) is not accounted for`
    }
  }
  try {
    for (const m of lintSpeech(input, { preset: 'gbt9704' }).messages) {
      const place = m.place && 'start' in m.place ? m.place : null
      if (!place || place.start.offset! < 0 || place.end.offset! > input.length) {
        return `lint message ${m.ruleId} has no position inside the input`
      }
    }
  } catch (error) {
    return `lintSpeech failed: ${(error as Error).message}`
  }
  return null
}
