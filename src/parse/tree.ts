/** Blocks → the SpeechDocument tree: preamble, nested sections, closing. */
import { withOrdinal } from '../markers/match.js'
import { PositionNode } from '../nodes.js'
import type { Marker, Paragraph, ParseWarning, Section } from '../schema.js'
import type { Block } from './blocks.js'
import { HAS_BODY, inferDepths, RUN_IN } from './depth.js'

export interface Tree {
  preamble: Paragraph[]
  sections: Section[]
  closing: Paragraph[]
  warnings: ParseWarning[]
}

/** Headings nest at most this deep unless `maxDepth` says otherwise. */
export const DEFAULT_MAX_DEPTH = 16

const CLOSING_START =
  /^(同志们|同志們|同志们、朋友们|各位代表|各位同志|各位领导|各位)[，,！!]|^(我的话?讲完了|我就讲这些|谢谢大家|谢谢各位|谢谢！|以上讲话)/

/** Extends a section's end to cover its last body paragraph or child, recursively. */
function closeSection(section: Section): void {
  const lastChild = section.children[section.children.length - 1]
  const lastBody = section.body[section.body.length - 1]
  let end = section.position.end
  if (lastBody && lastBody.position.end.offset > end.offset) end = lastBody.position.end
  if (lastChild && lastChild.position.end.offset > end.offset) end = lastChild.position.end
  section.position = new PositionNode(section.position.start, end)
}

/**
 * Builds the tree from the blocks (output nodes already: this nests the sections, sets their depths
 * and resolved ordinals, and gives each its body paragraphs and children), taking the list over:
 * each entry is cleared once its node is placed.
 */
export function buildTree(blocks: Array<Block | undefined>, maxDepth = DEFAULT_MAX_DEPTH): Tree {
  // The depth inputs: each heading's marker as matched, and whether it is run in (its section's
  // body so far is the text after the heading sentence) or followed by a body paragraph.
  let headings = 0
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.type === 'section') headings++
  const markers: Array<Marker | null> = new Array(headings)
  const flags = new Uint8Array(headings)
  for (let i = 0, h = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.type === 'section') {
      markers[h] = block.marker
      const next = i + 1 < blocks.length ? blocks[i + 1] : undefined
      flags[h++] = (block.body.length > 0 ? RUN_IN : 0) | (next?.type === 'paragraph' ? HAS_BODY : 0)
    }
  }
  const depths = inferDepths(markers, flags)

  const tree: Tree = { preamble: [], sections: [], closing: [], warnings: [] }
  const open: Section[] = []
  // A section's body paragraphs and children are gathered in scratch lists and copied into arrays
  // of their exact size once known: an array grown by push keeps room for 16 more items, which
  // the returned tree would carry (about a tenth of its heap on a normal speech). The scratch lists
  // are written by index and never shrunk, so they grow once per document, not once per section.
  const body: Paragraph[] = []
  let bodyCount = 0
  /** The children gathered so far for each open section, by its index in `open`. */
  const children: Section[][] = []
  const childCounts: number[] = []
  const flushBody = (): void => {
    if (bodyCount === 0) return
    const current = open[open.length - 1]!
    const gathered = body.slice(0, bodyCount)
    current.body = current.body.length === 0 ? gathered : current.body.concat(gathered)
    bodyCount = 0
  }
  const closeTo = (depth: number): void => {
    while (open.length > depth) {
      const index = open.length - 1
      const section = open.pop()!
      if (childCounts[index]! > 0) {
        section.children = children[index]!.slice(0, childCounts[index])
        childCounts[index] = 0
      }
      closeSection(section)
    }
  }
  let h = 0
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    blocks[b] = undefined
    if (block.type === 'paragraph') {
      if (open.length > 0) body[bodyCount++] = block
      else tree.preamble.push(block)
      continue
    }
    flushBody()
    const depth = depths.depth[h]!
    const ordinal = depths.ordinal[h++]!
    // Depth never skips: a heading nests at most one level below the open one.
    let effective = Math.min(depth, open.length + 1)
    if (effective > maxDepth) {
      tree.warnings.push({
        code: 'DEPTH_CAPPED',
        message: `heading nested ${depth} levels deep, placed at the maximum depth ${maxDepth}`,
        position: block.headingPosition ?? block.position,
      })
      effective = maxDepth
    }
    closeTo(effective - 1)
    const section = block
    section.depth = effective
    if (section.marker) section.marker = withOrdinal(section.marker, ordinal)
    if (open.length > 0) {
      const parent = open.length - 1
      if (children.length === parent) {
        children.push([])
        childCounts.push(0)
      }
      children[parent]![childCounts[parent]!++] = section
    } else tree.sections.push(section)
    open.push(section)
  }
  flushBody()
  splitClosing(tree, open)
  closeTo(0)
  return tree
}

/** Moves trailing closing paragraphs ("同志们，…", "谢谢大家！") out of the last section. */
function splitClosing(tree: Tree, open: Section[]): void {
  const last = open[open.length - 1]
  const body = last ? last.body : tree.preamble
  const minimum = last ? (last.body.length > 0 && isRunInBody(last) ? 1 : 0) : 1
  for (let i = Math.max(minimum, body.length - 3); i < body.length; i++) {
    if (CLOSING_START.test(body[i]!.text)) {
      tree.closing = body.splice(i)
      return
    }
  }
}

function isRunInBody(section: Section): boolean {
  const first = section.body[0]
  return first !== undefined && first.position.start.offset < section.position.end.offset + 2
}
