/**
 * lintSpeech's configuration and output: presets, per-rule settings, message language, linting a
 * parsed (or hand-built) document, the vfile fields, and the two formatters.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  countDiagnostics,
  DEFAULT_LINT_PRESET,
  diagnosticsToJson,
  formatDiagnostics,
  LINT_PRESETS,
  lintRules,
  lintSpeech,
  type Marker,
  type Position,
  type PresetName,
  parseSpeech,
  RULES,
  ruleSeverity,
  type Section,
  type SpeechDocument,
  SpeechDocumentSchema,
  SpeechOutlineError,
} from '../src/index.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/lint/${name}`, import.meta.url), 'utf8')

/** [rule id, line:column, severity] of every message. */
function summary(text: string | SpeechDocument, options: Parameters<typeof lintSpeech>[1] = {}): string[] {
  return diagnosticsToJson(lintSpeech(text, options)).map(
    (d) => `${d.ruleId} ${d.line}:${d.column} ${d.severity}`,
  )
}

describe('presets', () => {
  const text =
    '标题\n同志们：\n今天开会。\n一、总体。\n1.目标\n正文。\n（一）、要求\n正文。\n(二)措施\n正文。\n（三）保障\n正文。\n二、任务\n正文。'

  it('speech (the default) grades marker habits and heading style as warnings and info', () => {
    expect(DEFAULT_LINT_PRESET).toBe('speech')
    expect(summary(text)).toEqual([
      'heading-trailing-punctuation 4:1 info',
      'level-rank-order 5:1 warning',
      'level-skipped 5:1 info',
      'marker-bracket-punctuation 7:1 warning',
      'marker-consistent-form 9:1 warning',
    ])
    expect(summary(text, { preset: 'speech' })).toEqual(summary(text))
  })

  it('gbt9704 holds the same text to GB/T 9704-2012: marker forms and hierarchy are errors', () => {
    expect(summary(text, { preset: 'gbt9704' })).toEqual([
      'heading-trailing-punctuation 4:1 warning',
      'level-rank-order 5:1 error',
      'level-skipped 5:1 error',
      'marker-bracket-punctuation 7:1 error',
      // (二) is not the standard form: the standard-form rule reports it, consistent-form defers.
      'marker-standard-form 9:1 error',
    ])
  })

  it('every rule has a setting in every preset; numbering faults are errors in both', () => {
    for (const rule of RULES) for (const preset of LINT_PRESETS) expect(rule.severity[preset]).toBeDefined()
    for (const id of ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'heading-empty']) {
      expect(ruleSeverity(id, { preset: 'speech' })).toBe('error')
      expect(ruleSeverity(id, { preset: 'gbt9704' })).toBe('error')
    }
    // No rule is more severe in the speech preset than in gbt9704, but salutation-missing (speeches only).
    const rank = { off: 0, info: 1, warning: 2, error: 3 } as const
    const laxer = RULES.filter((r) => rank[r.severity.speech] > rank[r.severity.gbt9704]).map((r) => r.id)
    expect(laxer).toEqual(['marker-document-form', 'salutation-missing'])
  })

  it('lintRules lists every rule with its severity per preset', () => {
    const table = lintRules()
    expect(table.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    expect(table.find((r) => r.id === 'marker-standard-form')).toMatchObject({
      speech: 'off',
      gbt9704: 'error',
    })
  })
})

describe('per-rule settings', () => {
  const text = '标题\n同志们：\n一、学习\n正文。\n二、实践\n正文。\n四、总结\n正文。'

  it('switch a rule off', () => {
    expect(summary(text, { rules: { 'numbering-gap': 'off' } })).toEqual([])
  })

  it('re-grade a rule, over any preset', () => {
    for (const preset of LINT_PRESETS) {
      for (const severity of ['error', 'warning', 'info'] as const) {
        expect(summary(text, { preset, rules: { 'numbering-gap': severity } })).toEqual([
          `numbering-gap 7:1 ${severity}`,
        ])
      }
    }
  })

  it('switch on a rule its preset leaves off', () => {
    expect(
      summary('标题\n一.总体\n正文。\n二.任务\n正文。', { rules: { 'marker-standard-form': 'info' } }),
    ).toEqual(['marker-standard-form 2:1 info', 'marker-standard-form 4:1 info'])
  })

  it('refuse an unknown rule, setting, preset or language with a clear error', () => {
    const bad = (options: object) => () => lintSpeech(text, options)
    expect(bad({ rules: { 'no-such-rule': 'off' } })).toThrowError(/unknown lint rule no-such-rule/)
    expect(bad({ rules: { 'numbering-gap': 'loud' } })).toThrowError(
      /rule numbering-gap: unknown setting loud/,
    )
    expect(bad({ preset: 'strict' })).toThrowError(/unknown lint preset strict \(presets: speech, gbt9704\)/)
    expect(bad({ language: 'fr' })).toThrowError(/unknown message language fr/)
    expect(bad({ preset: 'strict' })).toThrowError(SpeechOutlineError)
    expect(() => lintSpeech(42 as unknown as string)).toThrowError(/expects a string or a SpeechDocument/)
    expect(() => ruleSeverity('no-such-rule')).toThrowError(/unknown lint rule/)
  })
})

describe('messages', () => {
  const text = '标题\n同志们：\n一、总体\n（一）、目标\n正文。\n（二）、任务\n正文。\n二、措施\n正文。'

  it('carry rule id, source, place, fatal, actual and expected', () => {
    const m = lintSpeech(text).messages[0]!
    expect(m).toMatchObject({
      ruleId: 'marker-bracket-punctuation',
      source: 'speech-outline',
      line: 4,
      column: 1,
      fatal: false,
      actual: '（一）、',
      expected: ['（一）'],
      place: { start: { line: 4, column: 1, offset: 13 }, end: { line: 4, column: 5, offset: 17 } },
    })
    expect(text.slice(13, 17)).toBe('（一）、')
    expect(m.url).toMatch(/^https:\/\//)
  })

  it('come in Chinese and English by default, or in one language', () => {
    const reason = (language?: 'zh' | 'en' | 'both') =>
      lintSpeech(text, language ? { language } : {}).messages[0]!.reason
    expect(reason('zh')).toBe('括号序号后多了标点：“（一）、”的括号后有“、”；应写作“（一）”')
    expect(reason('en')).toBe(
      'punctuation after a bracketed number: "（一）、" has "、" after its bracket; write "（一）"',
    )
    expect(reason()).toBe(`${reason('zh')}（${reason('en')}）`)
    expect(reason('both')).toBe(reason())
  })

  it('are in reading order, and go onto a given vfile after what it holds', () => {
    const file = new VFile({ path: 'draft.txt', value: text })
    file.message('earlier note')
    const out = lintSpeech(text, { file })
    expect(out).toBe(file)
    expect(out.messages.map((m) => m.ruleId ?? m.reason)).toEqual([
      'earlier note',
      'marker-bracket-punctuation',
      'marker-bracket-punctuation',
    ])
  })
})

describe('linting a parsed document', () => {
  const source = '标题\n同志们：\n一、加强学习。\n正文。\n二、狠抓落实\n正文。\n三、注重实效\n正文。'

  it('gives the same messages when the source comes along', () => {
    expect(summary(parseSpeech(source), { source })).toEqual(summary(source))
  })

  it('still reads trailing punctuation from the heading spans without the source', () => {
    expect(summary(parseSpeech(source))).toEqual(['heading-trailing-punctuation 3:1 info'])
  })

  /** A hand-built document: what another tool (or an editor) might produce. */
  function handBuilt(): SpeechDocument {
    const pos = (line: number, from: number, to: number, offset: number): Position => ({
      start: { line, column: from, offset: offset + from - 1 },
      end: { line, column: to, offset: offset + to - 1 },
    })
    const section = (
      marker: Marker,
      text: string,
      line: number,
      offset: number,
      children: Section[] = [],
    ): Section => ({
      type: 'section',
      depth: 1,
      marker,
      text,
      body: [],
      children,
      position: pos(line, 1, marker.raw.length + text.length + 1, offset),
      headingPosition: pos(line, 1, marker.raw.length + text.length + 1, offset),
    })
    // （一）总体 / 一、目标 nested under it / 二、任务 — a senior level under a junior one.
    const child1 = { ...section({ raw: '一、', style: 'chinese', ordinal: 1 }, '目标', 2, 6), depth: 2 }
    const child2 = { ...section({ raw: '二、', style: 'chinese', ordinal: 2 }, '任务', 3, 11), depth: 2 }
    const parent = section({ raw: '（一）', style: 'chinese-paren', ordinal: 1 }, '总体', 1, 0, [
      child1,
      child2,
    ])
    return SpeechDocumentSchema.parse({
      type: 'speech',
      title: null,
      subtitle: null,
      author: null,
      date: null,
      salutation: null,
      preamble: [],
      sections: [parent],
      closing: [],
      removed: [],
      frame: { title: null, subtitle: null, author: null, date: null, salutation: null },
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 5, offset: 15 } },
    })
  }

  it('finds a senior level nested under a junior one in a hand-built document', () => {
    expect(summary(handBuilt(), { preset: 'gbt9704' })).toEqual([
      'lone-child 1:1 warning',
      'title-missing 1:1 error',
      'level-rank-order 2:1 error',
    ])
  })

  it('finds gaps, duplicates and a late start in hand-built inline lists', () => {
    const doc = handBuilt()
    const point = (raw: string, ordinal: number, column: number) => ({
      type: 'point' as const,
      marker: { raw, style: 'enum-shi' as const, ordinal },
      text: '做好工作。',
      points: [],
      position: {
        start: { line: 4, column, offset: 15 + column },
        end: { line: 4, column: column + 7, offset: 22 + column },
      },
    })
    doc.closing.push({
      type: 'paragraph',
      text: '二是做好工作。三是做好工作。三是做好工作。五是做好工作。',
      points: [point('二是', 2, 1), point('三是', 3, 8), point('三是', 3, 15), point('五是', 5, 22)],
      position: { start: { line: 4, column: 1, offset: 16 }, end: { line: 4, column: 29, offset: 44 } },
    })
    SpeechDocumentSchema.parse(doc)
    const found = summary(doc, {
      rules: { 'title-missing': 'off', 'lone-child': 'off', 'level-rank-order': 'off' },
    })
    expect(found).toEqual([
      'numbering-start 4:1 warning',
      'numbering-duplicate 4:15 error',
      'numbering-gap 4:22 error',
    ])
  })
})

describe('formatters', () => {
  const draft = fixture('notice-draft.txt')

  it('formatDiagnostics prints file:line:column  severity  message  rule-id, one a line', () => {
    const out = formatDiagnostics(lintSpeech(draft, { preset: 'gbt9704', language: 'zh' }), 'notice.txt')
    expect(out.split('\n')).toEqual([
      'notice.txt:4:3  error  序号“一.”不合公文格式（GB/T 9704-2012）；应写作“一、”  marker-standard-form',
      'notice.txt:5:3  error  括号序号后多了标点：“（一）、”的括号后有“、”；应写作“（一）”  marker-bracket-punctuation',
      'notice.txt:14:3  error  编号重复：“（二）”与前一项“（二）”序号相同；应改为“（三）”，并顺延其后的编号  numbering-duplicate',
      'notice.txt:16:3  error  编号跳号：“四、”前缺少 1 项（“二、”之后应为“三、”）；应补齐缺少的项，或改为连续编号  numbering-gap',
      'notice.txt:17:3  error  层级跳跃：“四、”之下直接使用“（1）”，跳过了“（一）”“1.”两级；应改用“（一）”  level-skipped',
    ])
  })

  it('names the file after its path, or <input>; prints nothing for a clean file', () => {
    expect(formatDiagnostics(lintSpeech(fixture('notice-fixed.txt'), { preset: 'gbt9704' }))).toBe('')
    const file = new VFile({ path: 'a/b.txt' })
    lintSpeech('标题\n一、学习\n正文。\n三、实践\n正文。', { file })
    expect(formatDiagnostics(file)).toMatch(/^a\/b\.txt:4:1 {2}error {2}/)
    expect(formatDiagnostics(lintSpeech('标题\n一、学习\n正文。\n三、实践\n正文。'))).toMatch(
      /^<input>:4:1 {2}/,
    )
  })

  it('diagnosticsToJson gives plain data for machines', () => {
    const json = diagnosticsToJson(lintSpeech(draft, { preset: 'gbt9704' }), 'notice.txt')
    expect(json).toHaveLength(5)
    expect(json[0]).toEqual({
      file: 'notice.txt',
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 5,
      offset: draft.indexOf('一.'),
      severity: 'error',
      ruleId: 'marker-standard-form',
      source: 'speech-outline',
      message:
        '序号“一.”不合公文格式（GB/T 9704-2012）；应写作“一、”（"一." is not the GB/T 9704-2012 form; write "一、"）',
      actual: '一.',
      expected: ['一、'],
    })
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(countDiagnostics(lintSpeech(draft, { preset: 'gbt9704' }))).toEqual({
      error: 5,
      warning: 0,
      info: 0,
    })
  })
})

describe('fixture drafts and their fixed versions', () => {
  const cases: ReadonlyArray<readonly [string, PresetName, readonly string[]]> = [
    [
      'notice',
      'gbt9704',
      [
        'marker-standard-form 4:3 error',
        'marker-bracket-punctuation 5:3 error',
        'numbering-duplicate 14:3 error',
        'numbering-gap 16:3 error',
        'level-skipped 17:3 error',
      ],
    ],
    [
      'speech',
      'speech',
      [
        'salutation-missing 1:1 warning',
        'heading-trailing-punctuation 3:3 info',
        'numbering-start 4:38 warning',
        'marker-style-switch 7:3 warning',
        'numbering-gap 10:32 error',
      ],
    ],
  ]

  it.each(cases)('%s: the draft fails where expected (%s preset)', (name, preset, expected) => {
    expect(summary(fixture(`${name}-draft.txt`), { preset })).toEqual(expected)
  })

  it.each(cases)('%s: the fixed version passes both presets', (name) => {
    for (const preset of LINT_PRESETS) expect(summary(fixture(`${name}-fixed.txt`), { preset })).toEqual([])
  })
})
