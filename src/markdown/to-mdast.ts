/**
 * SpeechDocument → mdast. Only standard mdast nodes are produced, so any mdast tool (and
 * mdast-util-to-markdown) accepts the tree; source positions are carried onto the nodes.
 */
import type {
  Heading,
  List,
  ListItem,
  Paragraph as MdParagraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast'
import type { Paragraph, Point, Position, Section, SpeechDocument } from '../schema.js'
import { type MarkdownOptions, type ResolvedMarkdownOptions, resolveMarkdownOptions } from './options.js'

function text(value: string): PhrasingContent {
  return { type: 'text', value }
}

function paragraph(children: PhrasingContent[], position?: Position | null): MdParagraph {
  const node: MdParagraph = { type: 'paragraph', children }
  if (position) node.position = position
  return node
}

function headingLabel(section: Section, options: ResolvedMarkdownOptions): string {
  return options.markers === 'keep' && section.marker ? `${section.marker.raw}${section.text}` : section.text
}

/** The part of `text` before the point `first` (its marker and the start of its text). */
function textBefore(text: string, first: Point): string {
  const at = text.indexOf(first.marker.raw + first.text.slice(0, 4))
  return at > 0 ? text.slice(0, at) : ''
}

function pointLabel(point: Point, options: ResolvedMarkdownOptions): string {
  return options.markers === 'keep' ? `${point.marker.raw}${point.text}` : point.text
}

function pointList(points: readonly Point[], options: ResolvedMarkdownOptions): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: points.map((p): ListItem => {
      const ownText = p.points.length > 0 ? textBefore(p.text, p.points[0]!) : p.text
      const label = options.markers === 'keep' ? `${p.marker.raw}${ownText}` : ownText
      const children: ListItem['children'] = [
        paragraph([text(label.trim() || pointLabel(p, options))], p.position),
      ]
      if (p.points.length > 0) children.push(pointList(p.points, options))
      return { type: 'listItem', spread: false, children, position: p.position }
    }),
  }
}

/** A body paragraph; with points: 'list', its enumeration becomes a list after the lead-in text. */
function bodyNodes(p: Paragraph, options: ResolvedMarkdownOptions): RootContent[] {
  if (options.points !== 'list' || p.points.length === 0) return [paragraph([text(p.text)], p.position)]
  const lead = textBefore(p.text, p.points[0]!)
  const nodes: RootContent[] = []
  if (lead.trim()) nodes.push(paragraph([text(lead.trim())], p.position))
  nodes.push(pointList(p.points, options))
  return nodes
}

function documentMode(doc: SpeechDocument, options: ResolvedMarkdownOptions): RootContent[] {
  const out: RootContent[] = []
  const top = options.topDepth
  if (doc.title !== null) {
    const h: Heading = { type: 'heading', depth: top as Heading['depth'], children: [text(doc.title)] }
    if (doc.frame.title) h.position = doc.frame.title
    out.push(h)
  }
  for (const key of ['subtitle', 'author', 'date'] as const) {
    const value = doc[key]
    if (value !== null) out.push(paragraph([text(value)], doc.frame[key]))
  }
  if (doc.salutation !== null) out.push(paragraph([text(doc.salutation)], doc.frame.salutation))
  for (const p of doc.preamble) out.push(...bodyNodes(p, options))
  const base = doc.title !== null ? top + 1 : top
  const walk = (sections: readonly Section[]): void => {
    for (const s of sections) {
      const level = base + s.depth - 1
      const label = headingLabel(s, options)
      const position = s.headingPosition ?? s.position
      if (level <= 6) {
        out.push({ type: 'heading', depth: level as Heading['depth'], children: [text(label)], position })
      } else {
        out.push(paragraph([{ type: 'strong', children: [text(label)] }], position))
      }
      for (const p of s.body) out.push(...bodyNodes(p, options))
      walk(s.children)
    }
  }
  walk(doc.sections)
  for (const p of doc.closing) out.push(...bodyNodes(p, options))
  return out
}

function outlineMode(doc: SpeechDocument, options: ResolvedMarkdownOptions): RootContent[] {
  const out: RootContent[] = []
  if (doc.title !== null) {
    const h: Heading = {
      type: 'heading',
      depth: options.topDepth as Heading['depth'],
      children: [text(doc.title)],
    }
    if (doc.frame.title) h.position = doc.frame.title
    out.push(h)
  }
  const list = (sections: readonly Section[]): List => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: sections.map((s): ListItem => {
      const children: ListItem['children'] = [
        paragraph([text(headingLabel(s, options))], s.headingPosition ?? s.position),
      ]
      if (options.points === 'list') {
        for (const p of s.body) if (p.points.length > 0) children.push(pointList(p.points, options))
      }
      if (s.children.length > 0) children.push(list(s.children))
      return { type: 'listItem', spread: false, children, position: s.position }
    }),
  })
  if (doc.sections.length > 0) out.push(list(doc.sections))
  return out
}

/** Converts a SpeechDocument to an mdast tree (see MarkdownOptions for the modes). */
export function toMdast(doc: SpeechDocument, options: MarkdownOptions = {}): Root {
  const resolved = resolveMarkdownOptions(options)
  const children = resolved.mode === 'outline' ? outlineMode(doc, resolved) : documentMode(doc, resolved)
  return { type: 'root', children, position: doc.position }
}
