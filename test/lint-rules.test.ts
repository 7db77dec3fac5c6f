/**
 * Every lint rule on its documented examples (read from the rule module's doc comment, as
 * remark-lint's tests do) and on further fixtures of its own: each fault reported exactly where
 * expected (rule id, line, column), and nothing once it is fixed.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintSpeech, RULES, type RuleSetting } from '../src/index.js'

const ALL_ON: Record<string, RuleSetting> = Object.fromEntries(RULES.map((r) => [r.id, 'error']))

/** "line:column" of every message of one rule, switched on over the default preset. */
function places(text: string, id: string): string[] {
  return lintSpeech(text, { rules: { [id]: 'error' } })
    .messages.filter((m) => m.ruleId === id)
    .map((m) => `${m.line}:${m.column}`)
}

interface DocExample {
  kind: 'fails' | 'passes'
  reports: string[]
  text: string
}

/** The doc comment of a rule module, split into its prose and its `@example` blocks. */
function docOf(id: string): { prose: string; examples: DocExample[] } {
  const source = readFileSync(new URL(`../src/lint/rules/${id}.ts`, import.meta.url), 'utf8')
  const exported = source.search(/export const \w+: Rule = \{/)
  const open = source.lastIndexOf('/**', exported)
  const close = source.indexOf('*/', open)
  const lines = source
    .slice(open + 3, close)
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
  const blocks = lines.join('\n').split(/^@example /m)
  const examples = blocks.slice(1).map((block) => {
    const [head = '', ...body] = block.split('\n')
    const [kind, ...reports] = head.trim().split(/\s+/)
    return {
      kind: kind as DocExample['kind'],
      reports,
      text: body.join('\n').replace(/\s+$/, ''),
    }
  })
  return { prose: blocks[0] ?? '', examples }
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const doc = docOf(id)

  it('documents itself: id, severity per preset, a failing and a passing example', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/)
    expect(doc.prose).toContain(`\`${id}\``)
    expect(doc.prose).toContain(
      `Default severity: \`${rule.severity.speech}\` (speech), \`${rule.severity.gbt9704}\` (gbt9704`,
    )
    expect(doc.examples.map((e) => e.kind)).toEqual(['fails', 'passes'])
    const [fails, passes] = doc.examples as [DocExample, DocExample]
    expect(fails.text).toBe(rule.examples.fails)
    expect(fails.reports).toEqual(rule.examples.reports)
    expect(passes.text).toBe(rule.examples.passes)
    expect(rule.description.length).toBeGreaterThan(10)
    expect(rule.descriptionZh).toMatch(/[\u4e00-\u9fff]/)
  })

  it('reports its failing example exactly where the doc says', () => {
    expect(places(rule.examples.fails, id)).toEqual(rule.examples.reports)
  })

  it('accepts its passing example', () => {
    expect(places(rule.examples.passes, id)).toEqual([])
  })

  it('writes every message in Chinese and English, naming the fix', () => {
    const file = lintSpeech(rule.examples.fails, { rules: { [id]: 'error' } })
    const m = file.messages.find((x) => x.ruleId === id)!
    expect(m.source).toBe('speech-outline')
    expect(m.reason).toMatch(/^[^（]*[\u4e00-\u9fff].*；.*（[\x20-\x7e].*）$/s)
    const en = lintSpeech(rule.examples.fails, { rules: { [id]: 'error' }, language: 'en' }).messages.find(
      (x) => x.ruleId === id,
    )!.reason
    // English prose; Chinese only inside quotes (the markers and headings themselves).
    expect(en.replace(/"[^"]*"/g, '')).toMatch(/^[\x20-\x7e]+$/)
    expect(en).toMatch(/; /)
  })
})

/** More fixtures per rule: [rule id, what, failing text, where, fixed text]. */
const FIXTURES: ReadonlyArray<readonly [string, string, string, readonly string[], string]> = [
  [
    'numbering-gap',
    'an inline list that jumps (四是 stays in the text of 二是)',
    '标题\n一、要求\n我们要做到：一是加强学习；二是狠抓落实；四是强化督查。',
    ['3:21'],
    '标题\n一、要求\n我们要做到：一是加强学习；二是狠抓落实；三是强化督查。',
  ],
  [
    'numbering-gap',
    'second-level headings',
    '标题\n一、总体\n（一）目标\n正文。\n（三）任务\n正文。',
    ['5:1'],
    '标题\n一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  ],
  [
    'numbering-gap',
    'an idiom after a comma is not a marker',
    '标题\n一、要求\n要实事求是，一是一，二是二，四是四。一是加强学习；二是狠抓落实。',
    [],
    '标题\n一、要求\n要实事求是，一是一，二是二，四是四。一是加强学习；二是狠抓落实。',
  ],
  [
    'numbering-duplicate',
    'an inline item repeated',
    '标题\n一、要求\n具体是：一是建台账。二是抓整改。二是抓督查。三是抓考核。',
    ['3:17'],
    '标题\n一、要求\n具体是：一是建台账。二是抓整改。三是抓督查。四是抓考核。',
  ],
  [
    'numbering-duplicate',
    'the first heading twice',
    '标题\n一、总体\n正文。\n一、任务\n正文。\n二、措施\n正文。',
    ['4:1'],
    '标题\n一、总体\n正文。\n二、任务\n正文。\n三、措施\n正文。',
  ],
  [
    'numbering-order',
    'an inline item ahead of its turn',
    '标题\n一、要求\n具体是：一是建台账。三是抓督查。二是抓整改。',
    ['3:11'],
    '标题\n一、要求\n具体是：一是建台账。二是抓整改。三是抓督查。',
  ],
  [
    'numbering-order',
    'an inline item after the list has gone past it',
    '标题\n一、要求\n具体是：一是建台账。二是抓整改。三是抓督查。二是抓考核。',
    ['3:23'],
    '标题\n一、要求\n具体是：一是建台账。二是抓整改。三是抓督查。四是抓考核。',
  ],
  [
    'numbering-restart',
    'second-level headings under one heading',
    '标题\n一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（一）措施\n正文。',
    ['7:1'],
    '标题\n一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n（三）措施\n正文。',
  ],
  [
    'numbering-restart',
    'a spoken enumeration may start afresh',
    '标题\n一、总体\n一是抓班子。\n正文。\n二是抓队伍。\n正文。\n一是明确目标。\n正文。\n二是细化任务。\n正文。',
    [],
    '标题\n一、总体\n一是抓班子。\n正文。\n二是抓队伍。\n正文。\n一是明确目标。\n正文。\n二是细化任务。\n正文。',
  ],
  [
    'numbering-start',
    'headings that open at 二、',
    '标题\n同志们：\n今天开会。\n二、任务\n正文。\n三、措施\n正文。',
    ['4:1'],
    '标题\n同志们：\n今天开会。\n一、任务\n正文。\n二、措施\n正文。',
  ],
  [
    'numbering-start',
    'the item before the first is in the paragraph before (a cause)',
    '标题\n一、要求\n做好工作，一是要加强学习，这是基础。\n二是狠抓落实。三是强化督查。四是严格考核。',
    [],
    '标题\n一、要求\n做好工作，一是要加强学习，这是基础。\n二是狠抓落实。三是强化督查。四是严格考核。',
  ],
  [
    'numbering-start',
    'numbering that runs on across headings (a cause)',
    '标题\n一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n二、措施\n（三）加强领导\n正文。\n（四）强化督查\n正文。',
    [],
    '标题\n一、总体\n（一）目标\n正文。\n（二）任务\n正文。\n二、措施\n（三）加强领导\n正文。\n（四）强化督查\n正文。',
  ],
  [
    'marker-bracket-punctuation',
    'an Arabic bracket with a full stop',
    '标题\n一、总体\n（一）目标\n（1）．数量\n正文。\n（2）．质量\n正文。\n（二）任务\n正文。',
    ['4:1', '6:1'],
    '标题\n一、总体\n（一）目标\n（1）数量\n正文。\n（2）质量\n正文。\n（二）任务\n正文。',
  ],
  [
    'marker-standard-form',
    'half-width brackets and 1、',
    '标题\n一、总体\n(一)目标\n1、数量\n正文。\n2、质量\n正文。\n(二)任务\n正文。',
    ['3:1', '4:1', '6:1', '8:1'],
    '标题\n一、总体\n（一）目标\n1.数量\n正文。\n2.质量\n正文。\n（二）任务\n正文。',
  ],
  [
    'marker-document-form',
    '1、 where the document otherwise writes 1.',
    '标题\n一、总体\n1.目标\n正文。\n2.任务\n正文。\n二、措施\n1、加强领导\n正文。\n2、强化督查\n正文。',
    ['8:1'],
    '标题\n一、总体\n1.目标\n正文。\n2.任务\n正文。\n二、措施\n1.加强领导\n正文。\n2.强化督查\n正文。',
  ],
  [
    'marker-document-form',
    'a document that never writes the standard form is consistent',
    '标题\n一.总体\n正文。\n二.任务\n正文。',
    [],
    '标题\n一.总体\n正文。\n二.任务\n正文。',
  ],
  [
    'marker-consistent-form',
    'full- and half-width digits in one list',
    '标题\n一、总体\n1.目标\n正文。\n２.任务\n正文。\n3.措施\n正文。',
    ['5:1'],
    '标题\n一、总体\n1.目标\n正文。\n2.任务\n正文。\n3.措施\n正文。',
  ],
  [
    'marker-style-switch',
    'an inline list (一是 … 二要 … 三是)',
    '标题\n一、要求\n具体是：一是建台账。二要抓整改。三是抓督查。',
    ['3:11'],
    '标题\n一、要求\n具体是：一是建台账。二是抓整改。三是抓督查。',
  ],
  [
    'marker-style-switch',
    '首先 … 第二 … 第三 is idiomatic',
    '标题\n一、要求\n具体是：首先，建台账。第二，抓整改。第三，抓督查。',
    [],
    '标题\n一、要求\n具体是：首先，建台账。第二，抓整改。第三，抓督查。',
  ],
  [
    'level-rank-order',
    '1. headings above （一） ones under one heading',
    '标题\n一、总体\n1.目标\n正文。\n（一）要求\n正文。\n（二）措施\n正文。',
    ['3:1'],
    '标题\n一、总体\n（一）目标\n正文。\n1.要求\n正文。\n2.措施\n正文。',
  ],
  [
    'level-skipped',
    '一、 straight to 1.',
    '标题\n一、总体\n1.目标\n正文。\n2.任务\n正文。',
    ['3:1'],
    '标题\n一、总体\n（一）目标\n正文。\n（二）任务\n正文。',
  ],
  [
    'lone-child',
    'a document with one numbered heading',
    '标题\n同志们：\n今天开会。\n一、总体\n正文。',
    ['4:1'],
    '标题\n同志们：\n今天开会。\n一、总体\n正文。\n二、任务\n正文。',
  ],
  [
    'lone-child',
    '首先 alone is no list',
    '标题\n一、总体\n首先，加强学习。\n正文。\n二、任务\n正文。',
    [],
    '标题\n一、总体\n首先，加强学习。\n正文。\n二、任务\n正文。',
  ],
  [
    'heading-too-long',
    'forty characters is the most',
    `标题\n一、${'加'.repeat(41)}\n正文。\n二、任务\n正文。`,
    ['2:1'],
    `标题\n一、${'加'.repeat(40)}\n正文。\n二、任务\n正文。`,
  ],
  [
    'heading-sentence-punctuation',
    'a question inside quotes, and one at the end, are fine',
    '标题\n一、弄清“为什么？”；解决“怎么办？”\n正文。\n二、我们靠什么？\n正文。',
    ['2:1'],
    '标题\n一、弄清“为什么？”，解决“怎么办？”\n正文。\n二、我们靠什么？\n正文。',
  ],
  [
    'heading-sentence-punctuation',
    'an opening quote without its closer hides nothing after it',
    '标题\n一、坚持“两个毫不动摇；深化改革\n正文。\n二、《纲要》（试行）解读\n正文。',
    ['2:1'],
    '标题\n一、坚持“两个毫不动摇，深化改革\n正文。\n二、《纲要；修订》（试行；草案）解读\n正文。',
  ],
  [
    'heading-trailing-punctuation',
    'headings run in with their paragraph are left out',
    '标题\n一、总体\n（一）强化工业源治理。完成十家企业改造。\n（二）强化移动源治理。\n正文。\n（三）强化扬尘治理\n正文。\n（四）强化面源治理\n正文。',
    ['4:1'],
    '标题\n一、总体\n（一）强化工业源治理。完成十家企业改造。\n（二）强化移动源治理\n正文。\n（三）强化扬尘治理\n正文。\n（四）强化面源治理\n正文。',
  ],
  [
    'title-missing',
    'a text that opens with its first heading',
    '一、总体\n正文。\n二、任务\n正文。',
    ['1:1'],
    '关于做好全年工作的意见\n一、总体\n正文。\n二、任务\n正文。',
  ],
  [
    'salutation-missing',
    'a 致辞 without a salutation; a notice needs none',
    '在开学典礼上的致辞\n金秋九月，我们迎来了新同学。',
    ['1:1'],
    '关于开学典礼的通知\n金秋九月，我们迎来了新同学。',
  ],
]

describe('further fixtures', () => {
  it.each(FIXTURES)('%s: %s', (id, _what, fails, expected, passes) => {
    expect(places(fails, id)).toEqual(expected)
    expect(places(passes, id)).toEqual([])
  })

  it('cover every rule', () => {
    const covered = new Set(FIXTURES.map(([id]) => id))
    expect(RULES.filter((r) => !covered.has(r.id)).map((r) => r.id)).toEqual(['heading-empty'])
  })

  it('report a marker in Markdown input where it stands, after "##" or "**"', () => {
    const text = '标题\n## 一、总体\n正文。\n**二、任务**\n正文。\n## 四、保障\n正文。'
    const m = lintSpeech(text).messages.find((x) => x.ruleId === 'numbering-gap')!
    expect(m.place).toMatchObject({ start: { line: 6, column: 4, offset: 31 }, end: { line: 6, column: 6 } })
    expect(text.slice(31, 33)).toBe('四、')
  })

  it('place the marker exactly: its source is the raw marker', () => {
    for (const rule of RULES) {
      for (const m of lintSpeech(rule.examples.fails, { rules: ALL_ON }).messages) {
        if (m.actual === undefined || !m.place || !('start' in m.place)) continue
        const { start, end } = m.place
        const raw = rule.examples.fails.slice(start.offset, end.offset)
        // Markers are reported on the marker; heading rules on the whole heading, which starts with it.
        expect(raw.startsWith(m.actual) || m.ruleId?.startsWith('heading')).toBe(true)
      }
    }
  })
})

describe('README lint table', () => {
  const docs = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

  it.each(RULES.map((r) => [r.id, r] as const))('lists %s with its severity in each preset', (id, rule) => {
    expect(docs).toContain(`| \`${id}\` | ${rule.severity.speech} | ${rule.severity.gbt9704} |`)
  })
})
