/**
 * The gold file format of shared/corpus/README.md as a zod schema, and a validator that explains
 * the first fault in one line. Pure: the caller reads the file.
 */
import { z } from 'zod'
import type { Gold } from './score.js'

const GoldHeadingSchema = z.object({
  depth: z.number().int().min(1),
  marker: z.string().nullable().optional(),
  ordinal: z.number().int().min(0).nullable().optional(),
  text: z.string().min(1),
  match: z.literal('prefix').optional(),
  optional: z.boolean().optional(),
  altDepths: z.array(z.number().int().min(1)).optional(),
})

const GoldItemSchema = z.object({
  marker: z.string().optional(),
  ordinal: z.number().int().min(0),
  head: z.string().min(1),
})

const GoldListSchema = z.object({
  line: z.number().int().min(1).optional(),
  items: z.array(GoldItemSchema).min(1),
  optional: z.boolean().optional(),
})

export const GoldSchema = z.object({
  source: z.string().min(1),
  title: z.string().nullable().optional(),
  headings: z.array(GoldHeadingSchema),
  points: z.array(GoldListSchema).optional(),
})

// The schema and the scorer's types must agree.
const _check: (g: z.infer<typeof GoldSchema>) => Gold = (g) => g
void _check

export type GoldResult = { ok: true; gold: Gold } | { ok: false; error: string }

/** `headings[3].text` for ['headings', 3, 'text']. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** Validates parsed JSON as a gold file; the error names the first faulty field. */
export function parseGold(data: unknown): GoldResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'is not a JSON object' }
  }
  const result = GoldSchema.safeParse(data)
  if (result.success) return { ok: true, gold: result.data }
  const issue = result.error.issues[0]!
  const where = formatPath(issue.path)
  if (valueAt(data, issue.path) === undefined) return { ok: false, error: `lacks "${where}"` }
  return { ok: false, error: `${where}: ${issue.message}` }
}
