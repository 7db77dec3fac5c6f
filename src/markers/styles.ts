import type { MarkerStyle } from '../schema.js'

/**
 * Conventional rank of each marker style: lower is more senior. GB/T 9704-2012 and common speech
 * usage: 一、 > （一） > 1. > （1） > ①; the enumeration styles (第一，, 一是, 一要, 首先/其次/最后)
 * rank below （一）. A document's first style still gets depth 1; rank only decides what happens
 * when a more senior style appears later (it closes the junior ones).
 */
export const STYLE_RANK: Readonly<Record<MarkerStyle, number>> = {
  part: 0,
  section: 0.5,
  chinese: 1,
  'chinese-paren': 2,
  ordinal: 2.5,
  'enum-shi': 2.5,
  'enum-yao': 2.5,
  sequence: 2.5,
  aspect: 2.5,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
  stem: 1.5,
}

/** Every marker style, in the order of STYLE_RANK's keys: `STYLES[STYLE_ID[style]] === style`. */
export const STYLES: readonly MarkerStyle[] = Object.keys(STYLE_RANK) as MarkerStyle[]

/** Each style as a small number of its own (0 to STYLE_COUNT - 1), its index in STYLES. */
export const STYLE_ID: Readonly<Record<MarkerStyle, number>> = Object.fromEntries(
  STYLES.map((style, i) => [style, i]),
) as Record<MarkerStyle, number>

/**
 * STYLE_ID as a Map, for code that looks up styles it does not know in advance: a keyed load
 * `STYLE_ID[style]` that meets many different styles goes through V8's generic keyed-load stub.
 */
const STYLE_ID_MAP: ReadonlyMap<MarkerStyle, number> = new Map(STYLES.map((style, i) => [style, i]))

/** `STYLE_ID[style]`, by a Map lookup (see STYLE_ID_MAP). */
export function styleIdOf(style: MarkerStyle): number {
  return STYLE_ID_MAP.get(style)!
}

/** How many styles there are (STYLE_ID's values run from 0 to STYLE_COUNT - 1). */
export const STYLE_COUNT = STYLES.length

const VARIANT_IDS = new Map<string, number>()

/**
 * A variant ("是", "要", "，" …) as a small number of its own, from 1 (given on first sight and kept:
 * the grammar has a few dozen variants), so that code comparing many markers compares numbers.
 */
export function variantId(variant: string): number {
  let v = VARIANT_IDS.get(variant)
  if (v === undefined) {
    v = VARIANT_IDS.size + 1
    VARIANT_IDS.set(variant, v)
  }
  return v
}

/** Styles whose items may switch style while the ordinals run on ("一是 … 二要 … 第三，"). */
const ENUMERATION_STYLES: ReadonlySet<MarkerStyle> = new Set(['ordinal', 'enum-shi', 'enum-yao', 'sequence'])

export function isEnumerationStyle(style: MarkerStyle): boolean {
  return ENUMERATION_STYLES.has(style)
}

/** Per STYLE_ID: 1 for an enumeration style. */
const ENUMERATION_BY_ID = Uint8Array.from(STYLES, (style) => (ENUMERATION_STYLES.has(style) ? 1 : 0))

/** isEnumerationStyle by the style's STYLE_ID (a match's `styleId`): one table read, no hashing. */
export function isEnumerationId(styleId: number): boolean {
  return ENUMERATION_BY_ID[styleId] === 1
}

/** True when an item of style `b` may continue a list whose items so far have style `a`. */
export function canContinueList(a: MarkerStyle, b: MarkerStyle): boolean {
  return a === b || (ENUMERATION_STYLES.has(a) && ENUMERATION_STYLES.has(b))
}

/**
 * Styles that number document structure (as opposed to the spoken enumerations): a paragraph that
 * begins with one of these is a heading unless its own sequence continues inside the paragraph.
 */
const STRUCTURAL_STYLES: ReadonlySet<MarkerStyle> = new Set(
  (Object.keys(STYLE_RANK) as MarkerStyle[]).filter(
    (style) => !ENUMERATION_STYLES.has(style) && style !== 'aspect',
  ),
)

export function isStructuralStyle(style: MarkerStyle): boolean {
  return STRUCTURAL_STYLES.has(style)
}

/** Per STYLE_ID: 1 for a structural style. */
const STRUCTURAL_BY_ID = Uint8Array.from(STYLES, (style) => (STRUCTURAL_STYLES.has(style) ? 1 : 0))

/** isStructuralStyle by the style's STYLE_ID (a match's `styleId`). */
export function isStructuralId(styleId: number): boolean {
  return STRUCTURAL_BY_ID[styleId] === 1
}
