/**
 * Lint on the real speeches of ../shared/corpus (read at test time; their text is not copied into
 * the project): no error on a heading the gold outline accepts, and the faults that are really
 * there are found, at their markers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countDiagnostics, lintSpeech, type PresetName, RULES, type RuleSetting } from '../src/index.js'

const corpus = new URL('../../shared/corpus/', import.meta.url)
const ALL_ON: Record<string, RuleSetting> = Object.fromEntries(RULES.map((r) => [r.id, 'info']))

describe.runIf(existsSync(corpus))('lint on the corpus', () => {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'))
  const read = (name: string) => readFileSync(new URL(name, corpus), 'utf8')
  const found = (name: string, options: { preset?: PresetName; rules?: Record<string, RuleSetting> } = {}) =>
    lintSpeech(read(name), options).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)

  it('has its five speeches', () => {
    expect(files).toHaveLength(5)
  })

  it.each(files)('%s: no error in the speech preset', (name) => {
    expect(countDiagnostics(lintSpeech(read(name))).error).toBe(0)
  })

  it.each(files)('%s: every message sits on its marker or heading', (name) => {
    const text = read(name)
    for (const m of lintSpeech(text, { rules: ALL_ON }).messages) {
      const place = m.place && 'start' in m.place ? m.place : null
      expect(place).not.toBeNull()
      if (m.actual !== undefined) expect(text.slice(place!.start.offset, place!.end.offset)).toBe(m.actual)
    }
  })

  /**
   * Everything every rule finds, all switched on: the real faults and nothing else. The headings
   * the gold files accept draw no message but 002's "一、 → 1." (GB/T 9704-2012 puts "（一）"
   * between; an error under gbt9704, info for a speech).
   */
  const expected: Record<string, string[]> = {
    // 一是明理 … 四是鼓劲 in the preamble; under 四是鼓劲 an inline list opens at 二是 with no 一是.
    '000_01e020b691dcd84e.txt': ['numbering-start 12:90'],
    // Inline "一是 … 二要 … 三是" (line 31) and the heading list "一是 … 二要 … 第三，" (lines 33-40).
    '001_4eb998799b4db955.txt': ['marker-style-switch 31:108', 'marker-style-switch 35:1'],
    '002_d3111864283370d2.txt': ['level-skipped 8:1', 'level-skipped 13:1', 'level-skipped 18:1'],
    // Both titles say 讲话; neither speech addresses its audience.
    '003_df05c4cd14513717.txt': ['salutation-missing 1:2'],
    '004_79d529a42d7e482e.txt': ['salutation-missing 16:1'],
  }

  it.each(files)('%s: finds exactly the real faults', (name) => {
    expect(found(name, { rules: ALL_ON })).toEqual(expected[name])
  })

  it('finds the list in 001 that runs 一是 … 二要 … 第三，, at 二要', () => {
    const text = read('001_4eb998799b4db955.txt')
    const m = lintSpeech(text).messages.find((x) => x.ruleId === 'marker-style-switch' && x.line === 35)!
    expect(m.fatal).toBe(false)
    expect(m.actual).toBe('二要')
    expect(m.reason).toContain('“一是”“二要”“第三，”')
    expect(text.split('\n')[34]!.startsWith('二要')).toBe(true)
  })

  it('finds the inline list in 000 that starts at 二是', () => {
    const text = read('000_01e020b691dcd84e.txt')
    const m = lintSpeech(text).messages.find((x) => x.ruleId === 'numbering-start')!
    expect([m.line, m.column, m.actual, m.expected]).toEqual([12, 90, '二是', ['一是']])
    expect(text.split('\n')[11]!.slice(89, 91)).toBe('二是')
  })

  it('grades the same faults as errors under gbt9704', () => {
    const errors = files.flatMap((name) =>
      lintSpeech(read(name), { preset: 'gbt9704' })
        .messages.filter((m) => m.fatal === true)
        .map((m) => `${name.slice(0, 3)} ${m.ruleId} ${m.line}`),
    )
    expect(errors).toEqual([
      '000 numbering-start 12',
      '001 marker-style-switch 31',
      '001 marker-style-switch 35',
      '002 level-skipped 8',
      '002 level-skipped 13',
      '002 level-skipped 18',
    ])
  })
})
