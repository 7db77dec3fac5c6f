import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Heading, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../scripts/eval/score.js'
import {
  MARKDOWN_STYLE,
  parseSpeech,
  relevelMarkdown,
  remarkRelevel,
  speechParse,
  toMarkdown,
  toMdast,
} from '../src/index.js'

const sample = readFileSync(new URL('../examples/speeches/sample-speech.txt', import.meta.url), 'utf8')
const report = readFileSync(new URL('./fixtures/unit/work-report.txt', import.meta.url), 'utf8')

function headings(markdown: string): Array<[number, string]> {
  return fromMarkdown(markdown)
    .children.filter((n): n is Heading => n.type === 'heading')
    .map((h) => [h.depth, mdastToString(h)])
}

function flatten(markdown: string): string {
  return markdown.replace(/^#{2,6} /gm, '# ')
}

describe('toMarkdown: document mode', () => {
  it('prints the title as #, sections by depth, body paragraphs and the closing', () => {
    const md = toMarkdown(
      parseSpeech(
        '在会上的讲话\n同志们：\n开场白。\n一、提高认识\n认识很重要。\n（一）学习\n要学习。\n二、狠抓落实\n同志们，谢谢大家！',
      ),
    )
    expect(md).toBe(
      '# 在会上的讲话\n\n同志们：\n\n开场白。\n\n## 一、提高认识\n\n认识很重要。\n\n### （一）学习\n\n要学习。\n\n## 二、狠抓落实\n\n同志们，谢谢大家！\n',
    )
  })

  it('strips markers and moves the top depth on request', () => {
    const md = toMarkdown(parseSpeech('在会上的讲话\n一、提高认识\n认识很重要。'), {
      markers: 'strip',
      topDepth: 2,
    })
    expect(headings(md)).toEqual([
      [2, '在会上的讲话'],
      [3, '提高认识'],
    ])
  })

  it('renders levels past six as bold lead-in paragraphs', () => {
    const md = toMarkdown(parseSpeech(report), { topDepth: 4 })
    expect(md).toContain('\n**（1）壮大主导产业**\n')
    expect(headings(md).every(([d]) => d <= 6)).toBe(true)
  })

  it('renders inline enumerations as lists with points: list', () => {
    const md = toMarkdown(parseSpeech('一、标题\n主要有两点：一是认清形势；二是明确任务。'), {
      points: 'list',
    })
    expect(md).toBe('# 一、标题\n\n主要有两点：\n\n- 一是认清形势；\n- 二是明确任务。\n')
  })

  it('escapes Markdown-special characters so they do not change structure', () => {
    const doc = parseSpeech(
      '一、标题\n要把*重点*和_难点_分开，#号不是标题，[链接]不是链接。\n1.5亿元是投入。',
    )
    const md = toMarkdown(doc)
    const tree = fromMarkdown(md)
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph'])
    expect(mdastToString(tree.children[1]!)).toBe('要把*重点*和_难点_分开，#号不是标题，[链接]不是链接。')
    // A paragraph that begins like an ordered list item stays a paragraph.
    const lone = toMarkdown(
      parseSpeech('一、标题\n2. 这一段以数字开头，但只是正文中的一句话，没有后续编号。'),
      {},
    )
    expect(fromMarkdown(lone).children.map((n) => n.type)).not.toContain('list')
  })

  it('carries source positions onto the mdast nodes', () => {
    const input = '在会上的讲话\n一、提高认识\n认识很重要。'
    const tree = toMdast(parseSpeech(input))
    const h = tree.children[1]!
    expect(input.slice(h.position!.start.offset!, h.position!.end.offset!)).toBe('一、提高认识')
    expect(tree.children[2]!.position!.start.line).toBe(3)
  })
})

describe('toMarkdown: outline mode', () => {
  it('prints the headings alone as a nested list', () => {
    const md = toMarkdown(parseSpeech(report), { mode: 'outline' })
    expect(md.split('\n').slice(0, 6)).toEqual([
      '# 政府工作报告',
      '',
      '- 一、2023年工作回顾',
      '  - （一）经济运行稳中向好',
      '  - （二）改革开放持续深化',
      '  - （三）民生福祉不断增进',
    ])
  })

  it('adds inline points as sub-items with points: list', () => {
    const md = toMarkdown(parseSpeech('一、标题\n主要有两点：一是认清形势；二是明确任务。'), {
      mode: 'outline',
      points: 'list',
    })
    expect(md).toBe('- 一、标题\n  - 一是认清形势；\n  - 二是明确任务。\n')
  })
})

describe('round trips', () => {
  for (const [name, text] of [
    ['sample speech', sample],
    ['work report', report],
  ] as const) {
    it(`${name}: the output passes through remark-parse/remark-stringify unchanged`, () => {
      const md = toMarkdown(parseSpeech(text))
      const again = String(unified().use(remarkParse).use(remarkStringify, MARKDOWN_STYLE).processSync(md))
      expect(again).toBe(md)
    })

    it(`${name}: toMarkdown → re-level → parse → toMarkdown is a fixed point`, () => {
      const md = toMarkdown(parseSpeech(text))
      const relevelled = relevelMarkdown(md)
      expect(relevelled).toBe(md)
      expect(toMarkdown(parseSpeech(relevelled))).toBe(md)
    })

    it(`${name}: flattening every heading to # and re-levelling restores the depths`, () => {
      const md = toMarkdown(parseSpeech(text))
      expect(relevelMarkdown(flatten(md))).toBe(md)
    })
  }
})

describe('remarkRelevel', () => {
  const relevel = (md: string, options = {}) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkRelevel, options)
        .use(remarkStringify, MARKDOWN_STYLE)
        .processSync(md),
    )

  it('gives converter output the depths its numbering implies', () => {
    expect(relevel('# 标题\n\n# 一、总体\n\n# （一）目标\n\n# 1.指标\n\n# 二、措施\n')).toBe(
      '# 标题\n\n## 一、总体\n\n### （一）目标\n\n#### 1.指标\n\n## 二、措施\n',
    )
  })

  it('leaves Markdown that is already right unchanged, at any base level', () => {
    const md = '## 一、总体\n\n正文。\n\n### （一）目标\n\n正文。\n\n## 二、措施\n'
    expect(relevel(md)).toBe(md)
  })

  it('reads numbering hidden behind emphasis', () => {
    expect(relevel('# **一、总体**\n\n# **（一）目标**\n')).toBe('# **一、总体**\n\n## **（一）目标**\n')
  })

  it('promotes marker-led short paragraphs on request', () => {
    expect(relevel('# 一、总体\n\n（一）目标\n\n正文很长，不是标题。\n', { promoteParagraphs: true })).toBe(
      '# 一、总体\n\n## （一）目标\n\n正文很长，不是标题。\n',
    )
    expect(relevel('# 一、总体\n\n（一）目标\n')).toBe('# 一、总体\n\n（一）目标\n')
  })
})

describe('speechParse (unified parser plugin)', () => {
  it('turns speech text into Markdown with remark-stringify, options flowing through', () => {
    const out = String(
      unified()
        .use(speechParse, { markers: 'strip' })
        .use(remarkStringify, MARKDOWN_STYLE)
        .processSync('在会上的讲话\n一、提高认识\n认识很重要。'),
    )
    expect(out).toBe('# 在会上的讲话\n\n## 提高认识\n\n认识很重要。\n')
  })
})

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname
describe.runIf(existsSync(corpus))('the corpus through Markdown', () => {
  const golds = readdirSync(corpus).filter((f) => f.endsWith('.gold.json'))
  const load = (file: string) => {
    const gold = JSON.parse(readFileSync(join(corpus, file), 'utf8')) as {
      source: string
      headings: Array<{ depth: number; text: string; altDepths?: number[] }>
    }
    const md = toMarkdown(parseSpeech(readFileSync(join(corpus, gold.source), 'utf8')))
    return { gold, md }
  }
  const expectGold = (found: Array<[number, string]>, gold: ReturnType<typeof load>['gold']) => {
    // The title is the first heading; sections sit one level below it.
    const sections = found.slice(1).map(([d, t]) => [d - 1, normalizeText(t)])
    expect(sections.length).toBe(gold.headings.length)
    gold.headings.forEach((h, i) => {
      const [depth, text] = sections[i]!
      expect(text).toContain(normalizeText(h.text))
      expect([h.depth, ...(h.altDepths ?? [])]).toContain(depth)
    })
  }

  it.each(golds)('%s: Markdown headings read back match the gold texts and depths', (file) => {
    const { gold, md } = load(file)
    expectGold(headings(md), gold)
  })

  it.each(golds)('%s: flattened to # and re-levelled, the gold depths come back', (file) => {
    const { gold, md } = load(file)
    const tree: Root = fromMarkdown(relevelMarkdown(flatten(md)))
    const found = tree.children
      .filter((n): n is Heading => n.type === 'heading')
      .map((h): [number, string] => [h.depth, mdastToString(h)])
    expectGold(found, gold)
    expect(mdastToMarkdown(tree, MARKDOWN_STYLE)).toBe(md)
  })
})
