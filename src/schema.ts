/**
 * The JSON contract of speech-outline, as zod schemas. The TypeScript types are inferred from these
 * schemas, so the runtime validator and the static types cannot drift apart.
 *
 * Positions follow unist: `line` and `column` are 1-based, `offset` is 0-based, and all three count
 * UTF-16 code units of the ORIGINAL input string (the same units as JavaScript string indices), so
 * `input.slice(position.start.offset, position.end.offset)` is the source of a node.
 */
import { z } from 'zod'

export const PositionPointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
})

export const PositionSchema = z.object({
  start: PositionPointSchema,
  end: PositionPointSchema,
})

/**
 * Marker styles. The names say the shape; `MARKER_STYLES` in `markers/styles.ts` gives each its rank.
 *
 * - `part`: 第一部分, 第一章, 第一编
 * - `section`: 第一节
 * - `chinese`: 一、 一． 一. 一（ideographic space）
 * - `chinese-paren`: （一） (一) ㈠
 * - `arabic`: 1. 1． 1、 "1 "
 * - `arabic-paren`: （1） (1) ⑴
 * - `circled`: ① … ⑳
 * - `stem`: 甲、 乙、 (heavenly stems, ordinal by position)
 * - `ordinal`: 第一， 第一、 第一是 第一要 第一点 第一个 第一方面
 * - `enum-shi`: 一是 (also 一则, 一来)
 * - `enum-yao`: 一要
 * - `sequence`: 首先 其次 再次 最后
 * - `aspect`: 一方面 / 另一方面 (inline only)
 */
export const MarkerStyleSchema = z.enum([
  'part',
  'section',
  'chinese',
  'chinese-paren',
  'arabic',
  'arabic-paren',
  'circled',
  'stem',
  'ordinal',
  'enum-shi',
  'enum-yao',
  'sequence',
  'aspect',
])

export const MarkerSchema = z.object({
  /** The marker exactly as written, e.g. "（三）", "二是", "第三，". */
  raw: z.string(),
  style: MarkerStyleSchema,
  /** 1-based position in its list: "（三）" → 3, "最后" → the item after the one before it. */
  ordinal: z.number().int().min(0),
})

export const PointSchema = z.object({
  type: z.literal('point'),
  marker: MarkerSchema,
  /** The item's text after its marker, up to the next item of the same list (nested items included). */
  text: z.string(),
  /** Items of a list nested inside this item. */
  get points(): z.ZodArray<typeof PointSchema> {
    return z.array(PointSchema)
  },
  position: PositionSchema,
})

export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  /** Inline enumerations inside this paragraph; a second list starts where the ordinals restart. */
  points: z.array(PointSchema),
  position: PositionSchema,
})

export const SectionSchema = z.object({
  type: z.literal('section'),
  /** 1 = outermost. Nesting, not the marker's nominal rank. */
  depth: z.number().int().min(1),
  /** null for an unnumbered heading ("关于…", "注　　释"). */
  marker: MarkerSchema.nullable(),
  /** Heading text: after the marker, up to the first sentence end; trailing 。；，：、 dropped. */
  text: z.string(),
  /** Paragraphs after the heading sentence and before the first child section. */
  body: z.array(ParagraphSchema),
  get children(): z.ZodArray<typeof SectionSchema> {
    return z.array(SectionSchema)
  },
  /** The whole section: its heading through its last body paragraph or child. */
  position: PositionSchema,
  /** The heading alone: marker and heading sentence, the dropped trailing punctuation included. */
  headingPosition: PositionSchema.optional(),
})

export const RemovedReasonSchema = z.enum([
  'advertising',
  'before-title',
  'scraped-summary',
  'page-number',
  'web-furniture',
  'front-matter',
  'html',
  'image',
  'decoration',
])

export const RemovedSchema = z.object({
  text: z.string(),
  /** Why the line was dropped; one of `RemovedReasonSchema`'s values. */
  reason: RemovedReasonSchema,
  position: PositionSchema,
})

/** A notice about the parse itself (not about the document's quality: that is lint's job). */
export const ParseWarningSchema = z.object({
  code: z.enum(['DEPTH_CAPPED', 'POINTS_DEPTH_CAPPED']),
  message: z.string(),
  position: PositionSchema,
})

/** A framing line kept with its position (subtitle, author, date). */
export const FrameLineSchema = z.object({
  text: z.string(),
  position: PositionSchema,
})

export const SpeechDocumentSchema = z.object({
  type: z.literal('speech'),
  title: z.string().nullable(),
  /** "——在…上的讲话" under a title. */
  subtitle: z.string().nullable(),
  /** A speaker line under the title ("张三", "市委书记 ×××"). */
  author: z.string().nullable(),
  /** A date line under the title ("（2024年5月6日）", "2022.10.23"). */
  date: z.string().nullable(),
  /** "同志们：", "各位代表、同志们：". */
  salutation: z.string().nullable(),
  /** Body text before the first section. */
  preamble: z.array(ParagraphSchema),
  /** Depth-1 sections. */
  sections: z.array(SectionSchema),
  /** Closing paragraphs after the last section ("同志们，…", "谢谢大家！"). */
  closing: z.array(ParagraphSchema),
  /** Every line dropped as noise, with why: nothing vanishes silently. */
  removed: z.array(RemovedSchema),
  /** Notices about the parse: headings nested deeper than `maxDepth`, and the like. */
  warnings: z.array(ParseWarningSchema).optional(),
  /** Where the title, salutation and frame lines sit (null when absent). */
  frame: z.object({
    title: PositionSchema.nullable(),
    subtitle: PositionSchema.nullable(),
    author: PositionSchema.nullable(),
    date: PositionSchema.nullable(),
    salutation: PositionSchema.nullable(),
  }),
  position: PositionSchema,
})

export type Position = z.infer<typeof PositionSchema>
export type PositionPoint = z.infer<typeof PositionPointSchema>
export type MarkerStyle = z.infer<typeof MarkerStyleSchema>
export type Marker = z.infer<typeof MarkerSchema>
/** An inline enumeration item inside a paragraph. */
export type Point = z.infer<typeof PointSchema>
export type Paragraph = z.infer<typeof ParagraphSchema>
export type Section = z.infer<typeof SectionSchema>
export type RemovedReason = z.infer<typeof RemovedReasonSchema>
export type Removed = z.infer<typeof RemovedSchema>
export type ParseWarning = z.infer<typeof ParseWarningSchema>
export type SpeechDocument = z.infer<typeof SpeechDocumentSchema>
