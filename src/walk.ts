/** Walking a SpeechDocument: every section in reading order, every paragraph wherever it sits. */
import type { Paragraph, Section, SpeechDocument } from './schema.js'

/** Calls `visit` for every section, depth first, in reading order. */
export function eachSection(sections: readonly Section[], visit: (section: Section) => void): void {
  for (const section of sections) {
    visit(section)
    eachSection(section.children, visit)
  }
}

/** Calls `visit` for every paragraph in reading order: preamble, section bodies, closing. */
export function eachParagraph(doc: SpeechDocument, visit: (paragraph: Paragraph) => void): void {
  for (const p of doc.preamble) visit(p)
  eachSection(doc.sections, (section) => {
    for (const p of section.body) visit(p)
  })
  for (const p of doc.closing) visit(p)
}
