import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  countDiagnostics,
  diagnosticsToJson,
  formatDiagnostics,
  lintRules,
  lintSpeech,
  parseSpeech,
  RULES,
} from '../src/index.js'

const ruleIds = (text: string, options = {}) => lintSpeech(text, options).messages.map((m) => m.ruleId)

describe('every rule, on its own examples', () => {
  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s fails its failing example and passes its passing one',
    (id, rule) => {
      // Switch every rule on (as errors) so that rules that are off in the default preset are tested too.
      const all = Object.fromEntries(RULES.map((r) => [r.id, 'error' as const]))
      expect(ruleIds(rule.examples.fails, { rules: all })).toContain(id)
      expect(ruleIds(rule.examples.passes, { rules: all })).not.toContain(id)
    },
  )
})

describe('where each fault is reported', () => {
  const place = (text: string, id: string) => {
    const all = Object.fromEntries(RULES.map((r) => [r.id, 'error' as const]))
    const m = lintSpeech(text, { rules: all }).messages.find((x) => x.ruleId === id)
    return m ? [m.line, m.column] : null
  }

  it.each([
    ['numbering-gap', '一、学习\n正文。\n二、实践\n正文。\n四、总结\n正文。', [5, 1]],
    ['numbering-duplicate', '一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（二）措施\n正文。', [6, 1]],
    ['numbering-order', '一、学习\n正文。\n三、总结\n正文。\n二、实践\n正文。', [5, 1]],
    ['numbering-start', '一、标题\n信心来自理论。二是形势让我们自信。三是经验。四是制度。', [2, 8]],
    ['marker-bracket-punctuation', '一、总体\n（一）、目标\n正文。\n（二）、任务\n正文。', [2, 1]],
    ['marker-standard-form', '一.总体\n正文。\n二.任务\n正文。', [1, 1]],
    ['marker-consistent-form', '一、总体\n（一）目标\n正文。\n(二)任务\n正文。', [4, 1]],
    [
      'marker-style-switch',
      '一、重点\n一是抓班子。\n正文。\n二要抓队伍。\n正文。\n第三，抓制度。\n正文。',
      [4, 1],
    ],
    ['level-rank-order', '一、总体\n正文。\n1.目标\n正文。\n（一）要求\n正文。\n（二）措施\n正文。', [3, 1]],
    ['level-skipped', '一、总体\n（1）目标\n正文。\n（2）任务\n正文。', [2, 1]],
    ['lone-child', '一、总体\n（一）目标\n正文。\n二、任务\n正文。', [2, 1]],
    ['heading-empty', '一、总体\n正文。\n二、。正文写在这里。', [3, 1]],
    [
      'heading-trailing-punctuation',
      '一、加强学习。\n正文。\n二、狠抓落实\n正文。\n三、注重实效\n正文。',
      [1, 1],
    ],
    ['title-missing', '同志们：\n今天开会。\n一、总体\n正文。', [1, 1]],
    ['salutation-missing', '在全区工作会议上的讲话\n今天开会。\n一、总体\n正文。', [1, 1]],
  ] as const)('%s is reported at its marker', (id, text, expected) => {
    expect(place(text, id)).toEqual(expected)
  })
})

describe('configuration', () => {
  const text = '一.总体\n（一）、目标\n正文。\n二.任务\n正文。'

  it('the gbt9704 preset is strict about marker forms; the speech preset is not', () => {
    expect(countDiagnostics(lintSpeech(text, { preset: 'gbt9704' })).error).toBeGreaterThanOrEqual(3)
    expect(ruleIds(text, { preset: 'speech' })).not.toContain('marker-standard-form')
    expect(ruleIds(text, { preset: 'gbt9704' })).toContain('marker-standard-form')
  })

  it('rules can be switched off or re-graded', () => {
    expect(ruleIds(text, { preset: 'gbt9704', rules: { 'marker-standard-form': 'off' } })).not.toContain(
      'marker-standard-form',
    )
    const file = lintSpeech(text, { rules: { 'marker-bracket-punctuation': 'error' } })
    const m = file.messages.find((x) => x.ruleId === 'marker-bracket-punctuation')!
    expect(m.fatal).toBe(true)
  })

  it('refuses an unknown rule, setting or preset with a clear error', () => {
    expect(() => lintSpeech(text, { rules: { 'no-such-rule': 'off' } })).toThrowError(
      /unknown lint rule no-such-rule/,
    )
    expect(() => lintSpeech(text, { rules: { 'numbering-gap': 'loud' as 'off' } })).toThrowError(
      /unknown setting loud/,
    )
    expect(() => lintSpeech(text, { preset: 'strict' as 'speech' })).toThrowError(
      /unknown lint preset strict/,
    )
  })

  it('lints a parsed document too, reading punctuation from the source when given', () => {
    const source = '一、加强学习。\n正文。\n二、狠抓落实\n正文。\n三、注重实效\n正文。'
    const doc = parseSpeech(source)
    expect(lintSpeech(doc, { preset: 'gbt9704' }).messages.map((m) => m.ruleId)).not.toContain(
      'heading-trailing-punctuation',
    )
    expect(lintSpeech(doc, { preset: 'gbt9704', source }).messages.map((m) => m.ruleId)).toContain(
      'heading-trailing-punctuation',
    )
  })

  it('lists every rule with its severity per preset', () => {
    const table = lintRules()
    expect(table.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    expect(new Set(table.map((r) => r.id)).size).toBe(table.length)
  })
})

describe('formatting', () => {
  it('prints file:line:column  severity  message  rule-id, and JSON for machines', () => {
    const file = lintSpeech('一、学习\n正文。\n二、实践\n正文。\n四、总结\n正文。')
    const line = formatDiagnostics(file, 'draft.txt')
      .split('\n')
      .find((l) => l.includes('numbering-gap'))
    expect(line).toMatch(
      /^draft\.txt:5:1 {2}error {2}编号跳号：“四、”前缺少 1 项.*numbering gap.* {2}numbering-gap$/,
    )
    const json = diagnosticsToJson(file, 'draft.txt').find((d) => d.ruleId === 'numbering-gap')
    expect(json).toMatchObject({
      file: 'draft.txt',
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 3,
      severity: 'error',
    })
  })
})

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname
describe.runIf(existsSync(corpus))('the corpus', () => {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'))
  const lint = (name: string) => lintSpeech(readFileSync(join(corpus, name), 'utf8'))

  it.each(files)('%s: no error on headings the gold marks as correct', (name) => {
    expect(countDiagnostics(lint(name)).error).toBe(0)
  })

  it('finds the list in 001 that runs 一是 … 二要 … 第三，', () => {
    const m = lint('001_4eb998799b4db955.txt').messages.filter((x) => x.ruleId === 'marker-style-switch')
    expect(m.map((x) => x.line)).toEqual([35])
  })

  it('finds the inline list in 000 that starts at 二是', () => {
    const m = lint('000_01e020b691dcd84e.txt').messages.filter((x) => x.ruleId === 'numbering-start')
    expect(m.map((x) => x.line)).toEqual([12])
  })
})
