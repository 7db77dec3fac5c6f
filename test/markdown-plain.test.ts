/**
 * The plain-text handlers (src/markdown/plain-handlers.ts) print exactly what mdast-util-to-markdown's
 * own handlers print, on generated trees whose texts mix Chinese with every character Markdown may
 * escape, and they do take their short path on the plain paragraphs and headings of a speech.
 */
import fc from 'fast-check'
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { defaultHandlers, toMarkdown as mdastToMarkdown, type Options } from 'mdast-util-to-markdown'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseSpeech, toMarkdown, toMdast } from '../src/index.js'
import { plainHandlers } from '../src/markdown/plain-handlers.js'
import { FAST_MARKDOWN_STYLE, MARKDOWN_STYLE } from '../src/markdown/to-markdown.js'

const SEED = 20261203

/** Mostly Chinese, with ASCII punctuation, digits, blanks, line endings and backslashes mixed in. */
const character = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('讲', '话', '同', '志', '们', '，', '。', '一', '、', '（', '）', '“', '”'),
  },
  { weight: 3, arbitrary: fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('1', '2', 'a', 'W', ' ', '\t', '\n', '\r', '\\', '\u00a0', '\u3000'),
  },
)
const value = fc.string({ unit: character, maxLength: 12 })

const text = value.map((v): PhrasingContent => ({ type: 'text', value: v }))
const phrasing: fc.Arbitrary<PhrasingContent[]> = fc.oneof(
  { weight: 4, arbitrary: text.map((t) => [t]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.oneof(
        text,
        text.map((t): PhrasingContent => ({ type: 'strong', children: [t] })),
        text.map((t): PhrasingContent => ({ type: 'emphasis', children: [t] })),
        value.map((v): PhrasingContent => ({ type: 'inlineCode', value: v })),
      ),
      { maxLength: 3 },
    ),
  },
)
const paragraph = phrasing.map((children): Paragraph => ({ type: 'paragraph', children }))
const heading = fc
  .record({ depth: fc.integer({ min: 1, max: 6 }), children: phrasing })
  .map(({ depth, children }): Heading => ({ type: 'heading', depth: depth as Heading['depth'], children }))
const block: fc.Arbitrary<RootContent> = fc.oneof(
  { weight: 3, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  {
    weight: 1,
    arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map(
      (items): RootContent => ({
        type: 'list',
        ordered: false,
        spread: false,
        children: items.map((p) => ({ type: 'listItem', spread: false, children: [p] })),
      }),
    ),
  },
  { weight: 1, arbitrary: paragraph.map((p): RootContent => ({ type: 'blockquote', children: [p] })) },
)
const root = fc.array(block, { maxLength: 6 }).map((children): Root => ({ type: 'root', children }))

const settings: Options[] = [
  MARKDOWN_STYLE,
  { ...MARKDOWN_STYLE, setext: true },
  { ...MARKDOWN_STYLE, closeAtx: true },
  {},
]

describe('plain-text Markdown handlers', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('print what the default handlers print, under each setting', () => {
    for (const options of settings) {
      fc.assert(
        fc.property(root, (tree) => {
          const expected = mdastToMarkdown(tree, options)
          expect(mdastToMarkdown(tree, { ...options, handlers: plainHandlers })).toBe(expected)
        }),
        { seed: SEED, numRuns: 1500 },
      )
    }
  })

  it('print what the default handlers print for a speech in each Markdown mode', () => {
    const doc = parseSpeech(
      '在会上的讲话\n同志们：\n一、提高认识\n认识很重要，要抓好*落实*_工作_。\n（一）学习 \\ 思考\n1. 要学习。\n二、狠抓落实\n一是抓2024年[目标]；二是抓#队伍。\n谢谢大家！',
    )
    for (const options of [{}, { mode: 'outline' as const }, { points: 'list' as const }]) {
      const tree = toMdast(doc, options)
      expect(mdastToMarkdown(tree, FAST_MARKDOWN_STYLE)).toBe(mdastToMarkdown(tree, MARKDOWN_STYLE))
    }
  })

  it('print a plain paragraph and heading without the default handlers', () => {
    const paragraphs = vi.spyOn(defaultHandlers, 'paragraph')
    const headings = vi.spyOn(defaultHandlers, 'heading')
    const md = toMarkdown(parseSpeech('一、提高认识\n认识很重要。\n二、狠抓落实\n落实靠大家。'))
    expect(md).toBe('# 一、提高认识\n\n认识很重要。\n\n# 二、狠抓落实\n\n落实靠大家。\n')
    expect(paragraphs).not.toHaveBeenCalled()
    expect(headings).not.toHaveBeenCalled()
  })

  it('hand a text with a character Markdown may escape to the default handlers', () => {
    const paragraphs = vi.spyOn(defaultHandlers, 'paragraph')
    const md = toMarkdown(parseSpeech('一、提高认识\n认识*很*重要。'))
    expect(md).toBe('# 一、提高认识\n\n认识\\*很\\*重要。\n')
    expect(paragraphs).toHaveBeenCalledTimes(1)
  })
})
