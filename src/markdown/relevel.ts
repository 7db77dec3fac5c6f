/**
 * remarkRelevel: re-levels the headings of existing Markdown by their Chinese numbering. Converters
 * (MinerU, docling, pandoc, Word exports) often print every heading at level 1; this plugin gives
 * "# 一、…" / "# （一）…" / "# 1.…" the depths the numbering implies, with the same depth inference
 * as parseSpeech. Markdown whose levels are already right comes out unchanged.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { matchBlockMarker } from '../markers/match.js'
import { assignDepths, type DepthInput } from '../parse/depth.js'
import { hasInnerSentenceEnd } from '../text/sentence.js'

export interface RelevelOptions {
  /** Turn short marker-led paragraphs ("一、加强学习") into headings too (default false). */
  promoteParagraphs?: boolean
  /** Promote only paragraphs at most this long (default 60 characters). */
  maxPromotedLength?: number
}

type Target = Heading | Paragraph

function isPromotable(node: RootContent, options: Required<RelevelOptions>): node is Paragraph {
  if (node.type !== 'paragraph' || !options.promoteParagraphs) return false
  const text = mdastToString(node).trim()
  const m = matchBlockMarker(text)
  return m !== null && text.length <= options.maxPromotedLength && !hasInnerSentenceEnd(text.slice(m.length))
}

/** Re-levels the headings of an mdast tree in place. */
export function relevelTree(tree: Root, options: RelevelOptions = {}): Root {
  const resolved: Required<RelevelOptions> = {
    promoteParagraphs: options.promoteParagraphs ?? false,
    maxPromotedLength: options.maxPromotedLength ?? 60,
  }
  const children = tree.children
  const targets: Array<{ index: number; node: Target; input: DepthInput }> = []
  let title: Heading | null = null
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!
    if (node.type !== 'heading' && !isPromotable(node, resolved)) continue
    const target = node as Target
    const m = matchBlockMarker(mdastToString(target).trim())
    if (m === null && target.type === 'heading' && title === null && targets.length === 0) {
      title = target // the first unnumbered heading before any numbered one
      continue
    }
    const next = children[i + 1]
    const hasBody = next !== undefined && next.type !== 'heading' && !isPromotable(next, resolved)
    targets.push({ index: i, node: target, input: { marker: m ? m.marker : null, runIn: false, hasBody } })
  }
  if (targets.length === 0) return tree

  const numbered = targets.filter((t) => t.input.marker !== null && t.node.type === 'heading')
  const base = title
    ? title.depth + 1
    : numbered.length > 0
      ? Math.min(...numbered.map((t) => (t.node as Heading).depth))
      : 1
  const depths = assignDepths(targets.map((t) => t.input))
  targets.forEach((t, k) => {
    const depth = Math.min(6, base + depths[k]!.depth - 1) as Heading['depth']
    if (t.node.type === 'heading') t.node.depth = depth
    else {
      const heading: Heading = { type: 'heading', depth, children: t.node.children }
      if (t.node.position) heading.position = t.node.position
      children[t.index] = heading
    }
  })
  return tree
}

/** The remark plugin: `unified().use(remarkParse).use(remarkRelevel).use(remarkStringify)`. */
export function remarkRelevel(options: RelevelOptions = {}) {
  return (tree: Root): Root => relevelTree(tree, options)
}
