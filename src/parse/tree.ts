/** Blocks → the SpeechDocument tree: preamble, nested sections, closing. */
import { withOrdinal } from '../markers/match.js'
import { emptyList, PositionNode } from '../nodes.js'
import type { Paragraph, ParseWarning, PositionPoint, Section } from '../schema.js'
import { uint8Table } from '../typed-arrays.js'
import { type BlockList, SECTION, SECTION_RUN_IN } from './blocks.js'
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

/**
 * Builds the tree from the blocks (output nodes already: this nests the sections, sets their depths,
 * resolved ordinals and positions, and gives each its body paragraphs and children), taking the list
 * over: each entry is cleared once its node is placed. What it needs to know of a block (section or
 * paragraph, where it starts and ends, a heading's marker) it reads from the list's arrays, not
 * from the nodes.
 */
export function buildTree(blocks: BlockList, maxDepth = DEFAULT_MAX_DEPTH): Tree {
  const { nodes, kinds, starts, ends, count } = blocks
  // The depth inputs: each heading's marker (in the list's arrays) and its flags: run in (its
  // section's body so far is the text after the heading sentence), followed by a body paragraph.
  const headings = blocks.headingCount
  const flags = uint8Table(headings)
  for (let b = 0, h = 0; b < count; b++) {
    const kind = kinds[b]!
    if ((kind & SECTION) === 0) continue
    const followedByBody = b + 1 < count && (kinds[b + 1]! & SECTION) === 0
    flags[h++] = ((kind & SECTION_RUN_IN) !== 0 ? RUN_IN : 0) | (followedByBody ? HAS_BODY : 0)
  }
  const depths = inferDepths(blocks.styles, blocks.ordinals, flags, headings)

  // The preamble is the blocks before the first heading, its size known now (a large list
  // grown by push is copied at each growth).
  let preambleCount = 0
  while (preambleCount < count && (kinds[preambleCount]! & SECTION) === 0) preambleCount++
  const tree: Tree = { preamble: new Array(preambleCount), sections: [], closing: [], warnings: [] }
  const open: Section[] = []
  /** For each open section: its block's index, and the end of the last block placed in it so far. */
  const openBlock: number[] = []
  const openEnd: PositionPoint[] = []
  // A section's body paragraphs and children are gathered in scratch lists and copied into arrays
  // of their exact size once known: an array grown by push keeps room for 16 more items, which
  // the returned tree would carry (about a tenth of its heap on a normal speech). The scratch lists
  // are written by index and never shrunk, so they grow once per document, not once per section.
  const body: Paragraph[] = []
  let bodyCount = 0
  /** The children gathered so far for each open section, by its index in `open`. */
  const children: Section[][] = []
  const childCounts: number[] = []
  // Each section's body is gathered once: paragraphs go to the innermost open section, and a
  // section stops being the innermost only when a heading comes, which flushes them.
  const flushBody = (): void => {
    if (bodyCount === 0) return
    const top = open.length - 1
    const current = open[top]!
    const gathered = body.slice(0, bodyCount)
    const runIn = (kinds[openBlock[top]!]! & SECTION_RUN_IN) !== 0
    current.body = runIn ? current.body.concat(gathered) : gathered
    bodyCount = 0
  }
  // A section closes over the last block placed in it (blocks come in reading order, so that one
  // ends last): its end becomes its parent's latest.
  const closeTo = (depth: number): void => {
    while (open.length > depth) {
      const index = open.length - 1
      const section = open.pop()!
      const block = openBlock.pop()!
      const end = openEnd.pop()!
      // Each section gets its own children array here, of its exact size (see SectionNode).
      if (childCounts[index]! > 0) {
        section.children = children[index]!.slice(0, childCounts[index])
        childCounts[index] = 0
      } else section.children = emptyList()
      section.position = new PositionNode(starts.get(block), end)
      if (index > 0) openEnd[index - 1] = end
    }
  }
  let h = 0
  for (let b = 0; b < count; b++) {
    const block = nodes.get(b)!
    nodes.set(b, undefined)
    if ((kinds[b]! & SECTION) === 0) {
      const paragraph = block as Paragraph
      if (open.length > 0) {
        body[bodyCount++] = paragraph
        openEnd[open.length - 1] = ends.get(b)
      } else tree.preamble[b] = paragraph
      continue
    }
    const section = block as Section
    flushBody()
    const depth = depths.depth[h]!
    const ordinal = depths.ordinal[h]!
    const matched = blocks.ordinals[h++]!
    // Depth never skips: a heading nests at most one level below the open one.
    let effective = Math.min(depth, open.length + 1)
    if (effective > maxDepth) {
      tree.warnings.push({
        code: 'DEPTH_CAPPED',
        message: `heading nested ${depth} levels deep, placed at the maximum depth ${maxDepth}`,
        position: section.headingPosition ?? section.position,
      })
      effective = maxDepth
    }
    closeTo(effective - 1)
    section.depth = effective
    if (ordinal !== matched && section.marker) section.marker = withOrdinal(section.marker, ordinal)
    if (open.length > 0) {
      const parent = open.length - 1
      if (children.length === parent) {
        children.push([])
        childCounts.push(0)
      }
      children[parent]![childCounts[parent]!++] = section
    } else tree.sections.push(section)
    open.push(section)
    openBlock.push(b)
    openEnd.push(ends.get(b))
  }
  flushBody()
  if (splitClosing(tree, open) && open.length > 0) {
    // The innermost section gave up its closing paragraphs: it now ends at its last one left.
    const top = open.length - 1
    const left = open[top]!.body
    openEnd[top] = left.length > 0 ? left[left.length - 1]!.position.end : ends.get(openBlock[top]!)
  }
  closeTo(0)
  return tree
}

/**
 * Moves trailing closing paragraphs ("同志们，…", "谢谢大家！") out of the last section (or the
 * preamble); true if it moved any.
 */
function splitClosing(tree: Tree, open: Section[]): boolean {
  const last = open[open.length - 1]
  const body = last ? last.body : tree.preamble
  const minimum = last ? (last.body.length > 0 && isRunInBody(last) ? 1 : 0) : 1
  for (let i = Math.max(minimum, body.length - 3); i < body.length; i++) {
    if (CLOSING_START.test(body[i]!.text)) {
      tree.closing = body.splice(i)
      return true
    }
  }
  return false
}

function isRunInBody(section: Section): boolean {
  const first = section.body[0]
  return first !== undefined && first.position.start.offset < section.position.end.offset + 2
}
