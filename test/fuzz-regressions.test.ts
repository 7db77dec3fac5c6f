/** Inputs the fuzzer (npm run fuzz) once found failing, replayed through every invariant. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findViolation } from './support/invariants.js'

const dir = new URL('./fixtures/fuzz/', import.meta.url)
const saved = readdirSync(dir).filter((f) => f.endsWith('.txt'))

/** Inputs that broke earlier versions (found by the property tests before the fuzzer existed). */
const known: Record<string, string> = {
  'two headings run together after an indentation run':
    '一、甲\n（一）健全体系。　　1.优化设置。正文。\n2.配强力量。',
  'a marker alone on a line before a salutation': '一、\n同志们，加强基层治理责任重大。',
  'a footnote mark at the very end': '一、形势问题\n高潮就要到来。⑴',
  // Joined across a removed line: the paragraph's range spans the page number, which stays removed.
  'a sentence broken by a page number': '我们要坚持稳中求进，\n- 3 -\n继续推进。',
  'a bare marker, a drawn box, then the heading': '一、\r┌──┐\r\n总体要求\n正文。',
}

describe('fuzz regressions', () => {
  it.each(Object.entries(known))('%s', (_, input) => {
    expect(findViolation(input)).toBeNull()
  })

  it.runIf(saved.length > 0).each(saved)('%s', (name) => {
    expect(findViolation(readFileSync(new URL(name, dir), 'utf8'))).toBeNull()
  })
})
