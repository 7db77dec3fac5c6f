/** A plain-text outline: the headings indented by depth, for terminals. */
import type { Section, SpeechDocument } from '../schema.js'

export function formatOutline(doc: SpeechDocument): string {
  const lines: string[] = []
  if (doc.title) lines.push(doc.title)
  if (doc.subtitle) lines.push(doc.subtitle)
  const walk = (sections: readonly Section[]): void => {
    for (const s of sections) {
      lines.push(`${'  '.repeat(s.depth - 1)}${s.marker ? s.marker.raw : ''}${s.text}`)
      walk(s.children)
    }
  }
  walk(doc.sections)
  return `${lines.join('\n')}\n`
}
