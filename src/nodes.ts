/**
 * Makers of the output nodes (and of the parser's records that live through a whole pass), written
 * as constructors rather than object literals, for one reason: V8's allocation-site pretenuring.
 *
 * V8 keeps an "allocation site" for every object and array literal. When most objects made at a
 * site survive a young-generation collection, as the nodes of a tree under construction do, V8
 * starts allocating that site's objects directly in the old generation. A process that parses
 * document after document (a batch conversion, an editor, a benchmark) then fills its old generation
 * with trees it has already dropped, and pays for it in full collections and fresh pages: on 1 MB of
 * a speech, a parse took 1.4–2 times as long, with 3–7 times the page faults, as under
 * `node --no-allocation-site-pretenuring` (README, Performance). Objects made by `new` have no
 * allocation site, and arrays copied by a builtin (`slice`) have none either. (Measured again in the
 * twelfth session, once full collections no longer deoptimised the parser, see src/shapes.ts:
 * literals were 1.4 times slower with each tree dropped, with five times the page faults, and 1.3
 * times faster with each tree held.)
 *
 * The nodes stay plain objects: each constructor's prototype is Object.prototype, so
 * `Object.getPrototypeOf(node) === Object.prototype` and `node.constructor === Object`, as for a
 * literal, and the keys are assigned in the order the literal had (JSON output is unchanged).
 */
import type { Marker, MarkerStyle, Paragraph, Point, Position, PositionPoint, Section } from './schema.js'
import { keepShape } from './shapes.js'

/** Turns a constructor function into one whose instances are plain objects. */
export function plainObjects<Args extends unknown[], T>(
  init: (this: T, ...args: Args) => void,
): new (
  ...args: Args
) => T {
  init.prototype = Object.prototype
  return init as unknown as new (
    ...args: Args
  ) => T
}

export const PositionPointNode = plainObjects(function (
  this: PositionPoint,
  line: number,
  column: number,
  offset: number,
) {
  this.line = line
  this.column = column
  this.offset = offset
})

export const PositionNode = plainObjects(function (this: Position, start: PositionPoint, end: PositionPoint) {
  this.start = start
  this.end = end
})

export const MarkerNode = plainObjects(function (
  this: Marker,
  raw: string,
  style: MarkerStyle,
  ordinal: number,
) {
  this.raw = raw
  this.style = style
  this.ordinal = ordinal
})

export const ParagraphNode = plainObjects(function (
  this: Paragraph,
  text: string,
  points: Point[],
  position: Position,
) {
  this.type = 'paragraph'
  this.text = text
  this.points = points
  this.position = position
})

export const PointNode = plainObjects(function (
  this: Point,
  marker: Marker,
  text: string,
  points: Point[],
  position: Position,
) {
  this.type = 'point'
  this.marker = marker
  this.text = text
  this.points = points
  this.position = position
})

/**
 * A section as first made: depth 0 (the tree sets it), and the heading's position serving as both
 * `position` (the tree extends it over the body) and `headingPosition`. Its children are a shared,
 * frozen placeholder until the tree closes the section and gives it its own array (most sections of
 * a document have children, and an empty array made here for each would be thrown away).
 */
export const SectionNode = plainObjects(function (
  this: Section,
  marker: Marker | null,
  text: string,
  body: Paragraph[],
  position: Position,
) {
  this.type = 'section'
  this.depth = 0
  this.marker = marker
  this.text = text
  this.body = body
  this.children = NO_CHILDREN_YET
  this.position = position
  this.headingPosition = position
})

/** Never changed, never handed out: only copied. */
const EMPTY: never[] = []

/** The children of a section not closed yet (see SectionNode): never part of a returned tree. */
const NO_CHILDREN_YET: Section[] = Object.freeze([]) as unknown as Section[]

/** A new empty array, made by a builtin rather than by a literal `[]` (which has an allocation site). */
export function emptyList<T>(): T[] {
  return EMPTY.slice()
}

/** A new array of one item, made by a builtin rather than by a literal `[item]`. */
export function listOf<T>(item: T): T[] {
  const list: T[] = EMPTY.slice()
  list.push(item)
  return list
}

{
  const point = new PositionPointNode(1, 1, 0)
  const position = new PositionNode(point, point)
  const marker = new MarkerNode('一、', 'chinese', 1)
  keepShape(new SectionNode(marker, '', emptyList(), position))
  keepShape(new ParagraphNode('', emptyList(), position))
  keepShape(new PointNode(marker, '', emptyList(), position))
}
