/**
 * The eval scorer (scripts/eval/score.ts) and its pure helpers (gold validation, thresholds, report),
 * on synthetic gold objects and hand-built documents. Every document is checked against
 * SpeechDocumentSchema, so the scorer is tested on the real contract and not on a look-alike.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseGold } from '../scripts/eval/gold.js'
import { displayWidth, documentProblems, documentTable, formatTable } from '../scripts/eval/report.js'
import {
  alignHeadings,
  collectPointArrays,
  flattenSections,
  formatSummary,
  type Gold,
  type GoldHeading,
  type GoldList,
  itemHead,
  normalizeText,
  risingRuns,
  runMatchesList,
  scoreDocument,
  summarize,
} from '../scripts/eval/score.js'
import { checkThresholds, formatFailure, parseThresholds } from '../scripts/eval/thresholds.js'
import {
  type MarkerStyle,
  type Paragraph,
  type Point,
  type Section,
  type SpeechDocument,
  SpeechDocumentSchema,
} from '../src/index.js'

// ---------------------------------------------------------------------------------------------
// Builders for documents that satisfy SpeechDocumentSchema.

function at(line: number) {
  return {
    start: { line, column: 1, offset: line * 10 },
    end: { line, column: 5, offset: line * 10 + 4 },
  }
}

function pt(raw: string, ordinal: number, text: string, points: Point[] = [], line = 1): Point {
  return { type: 'point', marker: { raw, style: 'enum-shi', ordinal }, text, points, position: at(line) }
}

/** 一是…二是… items from [ordinal, text] pairs. */
function pts(...items: Array<[number, string]>): Point[] {
  const numerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  return items.map(([n, text]) => pt(`${numerals[n] ?? n}是`, n, text))
}

function para(points: Point[] = [], line = 1): Paragraph {
  return { type: 'paragraph', text: '正文。', points, position: at(line) }
}

interface SectionSpec {
  depth: number
  text: string
  ordinal?: number | null
  style?: MarkerStyle
  body?: Paragraph[]
  children?: Section[]
  line?: number
}

function sec({
  depth,
  text,
  ordinal = 1,
  style = 'chinese',
  body = [],
  children = [],
  line = 1,
}: SectionSpec): Section {
  return {
    type: 'section',
    depth,
    marker: ordinal === null ? null : { raw: `${ordinal}、`, style, ordinal },
    text,
    body,
    children,
    position: at(line),
  }
}

function doc(
  parts: { title?: string | null; sections?: Section[]; preamble?: Paragraph[]; closing?: Paragraph[] } = {},
): SpeechDocument {
  const built: SpeechDocument = {
    type: 'speech',
    title: parts.title === undefined ? '标题' : parts.title,
    subtitle: null,
    author: null,
    date: null,
    salutation: null,
    preamble: parts.preamble ?? [],
    sections: parts.sections ?? [],
    closing: parts.closing ?? [],
    removed: [],
    frame: { title: null, subtitle: null, author: null, date: null, salutation: null },
    position: at(1),
  }
  // The scorer is exercised on documents that honour the public contract.
  return SpeechDocumentSchema.parse(built)
}

function gold(headings: GoldHeading[], points: GoldList[] = [], title: string | null = '标题'): Gold {
  return { source: 'x.txt', title, headings, points }
}

const h = (depth: number, text: string, extra: Partial<GoldHeading> = {}): GoldHeading => ({
  depth,
  text,
  ...extra,
})

/** A gold list from [ordinal, head] pairs. */
const list = (items: Array<[number, string]>, extra: Partial<GoldList> = {}): GoldList => ({
  items: items.map(([ordinal, head]) => ({ ordinal, head })),
  ...extra,
})

// ---------------------------------------------------------------------------------------------

describe('text normalisation', () => {
  it('removes white space and *, drops trailing 。．.，,；;：:、 and keeps ？ and ！', () => {
    expect(normalizeText(' 加强\u3000**学习**\t，。')).toBe('加强学习')
    expect(normalizeText('统一思想，提高认识；：')).toBe('统一思想，提高认识')
    expect(normalizeText('a.b.')).toBe('a.b')
    expect(normalizeText('为什么？')).toBe('为什么？')
    expect(normalizeText('干起来！')).toBe('干起来！')
  })

  it('cuts item heads at 。；！？, drops one leading 是 or 要, keeps four characters', () => {
    expect(itemHead('要坚持问题导向。人要')).toBe('坚持问题')
    expect(itemHead('是党的性质，第二')).toBe('党的性质')
    expect(itemHead('抓培训。要加强')).toBe('抓培训')
    expect(itemHead('抓 *培* 训；')).toBe('抓培训')
    expect(itemHead('是要做到')).toBe('要做到')
    expect(itemHead('真干！实干')).toBe('真干')
    expect(itemHead('，好')).toBe('，好')
  })
})

describe('headings', () => {
  it('flattens sections pre-order with depth, marker, ordinal and line', () => {
    const sections = [
      sec({ depth: 1, text: '甲', line: 3, children: [sec({ depth: 2, text: '乙', ordinal: 2, line: 5 })] }),
      sec({ depth: 1, text: '丙', ordinal: null, line: 9 }),
    ]
    expect(flattenSections(doc({ sections }).sections)).toEqual([
      { depth: 1, marker: '1、', ordinal: 1, text: '甲', line: 3 },
      { depth: 2, marker: '2、', ordinal: 2, text: '乙', line: 5 },
      { depth: 1, marker: null, ordinal: null, text: '丙', line: 9 },
    ])
  })

  it('scores a perfect outline as exact with P = R = 1', () => {
    const predicted = doc({
      sections: [sec({ depth: 1, text: '甲', children: [sec({ depth: 2, text: '乙' })] })],
    })
    const s = scoreDocument(predicted, gold([h(1, '甲', { ordinal: 1 }), h(2, '乙', { ordinal: 1 })]))
    expect(s).toMatchObject({
      titleOk: true,
      headingPrecision: 1,
      headingRecall: 1,
      headingF1: 1,
      depthCorrect: 2,
      ordinalCorrect: 2,
      ordinalChecked: 2,
      exact: true,
    })
  })

  it('compares heading texts after normalisation', () => {
    const predicted = doc({ sections: [sec({ depth: 1, text: '加强 **学习**。' })] })
    expect(scoreDocument(predicted, gold([h(1, '加强学习；')])).matched).toEqual([[0, 0]])
  })

  it('matches a prefix heading only at the start of the predicted text', () => {
    const predicted = doc({
      sections: [sec({ depth: 1, text: '坚持党的领导，这是根本' }), sec({ depth: 1, text: '要坚持' })],
    })
    const prefix = scoreDocument(predicted, gold([h(1, '坚持党的领导', { match: 'prefix' })]))
    expect(prefix.matched).toEqual([[0, 0]])
    expect(prefix.extra.map((e) => e.text)).toEqual(['要坚持'])
    // The same gold text without "prefix" must equal the whole text: missed, and both predicted extra.
    const whole = scoreDocument(predicted, gold([h(1, '坚持党的领导')]))
    expect(whole.matched).toEqual([])
    expect(whole.missed.map((m) => m.text)).toEqual(['坚持党的领导'])
    expect(whole.extra).toHaveLength(2)
    expect(whole.headingPrecision).toBe(0)
    expect(whole.headingRecall).toBe(0)
    expect(whole.headingF1).toBe(0)
  })

  it('treats an optional heading as neither a miss when absent nor an extra when present', () => {
    const g = gold([h(1, '甲'), h(1, '乙', { optional: true }), h(1, '丙')])
    const absent = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '甲' }), sec({ depth: 1, text: '丙' })] }),
      g,
    )
    expect(absent.missed).toEqual([])
    expect(absent.headingRecall).toBe(1)
    expect(absent.headingPrecision).toBe(1)
    expect(absent.exact).toBe(true)

    const present = scoreDocument(
      doc({
        sections: [
          sec({ depth: 1, text: '甲' }),
          sec({ depth: 1, text: '乙' }),
          sec({ depth: 1, text: '丙' }),
          sec({ depth: 1, text: '丁' }),
        ],
      }),
      g,
    )
    expect(present.extra.map((e) => e.text)).toEqual(['丁'])
    expect(present.optionalMatched).toBe(1)
    expect(present.requiredMatched).toBe(2)
    // 2 required hits among 4 predicted less the optional one; all 2 required found.
    expect(present.headingPrecision).toBeCloseTo(2 / 3, 10)
    expect(present.headingRecall).toBe(1)
    expect(present.headingF1).toBeCloseTo(0.8, 10)
    expect(present.exact).toBe(false)
  })

  it('accepts altDepths and reports a depth outside them with every accepted depth', () => {
    const g = gold([h(1, '甲'), h(2, '乙', { altDepths: [3] }), h(2, '丙', { altDepths: [3] })])
    const s = scoreDocument(
      doc({
        sections: [
          sec({
            depth: 1,
            text: '甲',
            children: [sec({ depth: 2, text: '乙', children: [sec({ depth: 3, text: '丙' })] })],
          }),
        ],
      }),
      g,
    )
    expect(s.wrongDepth).toEqual([])
    expect(s.exact).toBe(true)

    const wrong = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '甲' }), sec({ depth: 1, text: '乙' })] }),
      g,
    )
    expect(wrong.wrongDepth).toEqual([{ text: '乙', got: 1, want: [2, 3] }])
    expect(wrong.depthCorrect).toBe(1)
    expect(wrong.depthAccuracy).toBe(0.5)
    expect(wrong.missed.map((m) => m.text)).toEqual(['丙'])
    expect(wrong.exact).toBe(false)
  })

  it('checks ordinals where the gold gives one, and they do not affect exactness', () => {
    const g = gold([h(1, '甲', { ordinal: 2 }), h(1, '乙'), h(1, '注释', { ordinal: null })])
    const s = scoreDocument(
      doc({
        sections: [
          sec({ depth: 1, text: '甲', ordinal: 5 }),
          sec({ depth: 1, text: '乙', ordinal: 7 }),
          sec({ depth: 1, text: '注释', ordinal: null }),
        ],
      }),
      g,
    )
    expect(s.wrongOrdinal).toEqual([{ text: '甲', got: 5, want: 2 }])
    expect(s.ordinalChecked).toBe(2)
    expect(s.ordinalCorrect).toBe(1)
    expect(s.ordinalAccuracy).toBe(0.5)
    expect(s.exact).toBe(true)
  })

  it('aligns in reading order: the longest common subsequence, ties broken by right depths', () => {
    expect(
      alignHeadings(
        [h(1, 'A'), h(1, 'B')],
        [
          { depth: 1, text: 'B' },
          { depth: 1, text: 'A' },
          { depth: 1, text: 'B' },
        ],
      ),
    ).toEqual([
      [0, 1],
      [1, 2],
    ])
    // Two predicted headings with the gold's text: the one at the gold's depth is the match.
    const s = scoreDocument(
      doc({
        sections: [sec({ depth: 1, text: '加强领导', children: [sec({ depth: 2, text: '加强领导' })] })],
      }),
      gold([h(2, '加强领导')]),
    )
    expect(s.matched).toEqual([[0, 1]])
    expect(s.wrongDepth).toEqual([])
    expect(s.extra).toMatchObject([{ depth: 1, text: '加强领导' }])
    // Crossing order cannot be matched both ways.
    const crossed = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '乙' }), sec({ depth: 1, text: '甲' })] }),
      gold([h(1, '甲'), h(1, '乙')]),
    )
    expect(crossed.matched).toHaveLength(1)
    expect(crossed.missed).toHaveLength(1)
    expect(crossed.extra).toHaveLength(1)
  })

  it('scores titles after normalisation; null wants no title; an absent gold title is not scored', () => {
    const sections = [sec({ depth: 1, text: '甲' })]
    expect(
      scoreDocument(doc({ title: '在 会上的讲话', sections }), gold([h(1, '甲')], [], '在会上的讲话。'))
        .titleOk,
    ).toBe(true)
    const wrong = scoreDocument(doc({ title: '别的标题', sections }), gold([h(1, '甲')], [], '在会上的讲话'))
    expect(wrong.titleOk).toBe(false)
    expect(wrong.exact).toBe(false)
    expect(scoreDocument(doc({ title: '标题', sections }), gold([h(1, '甲')], [], null)).titleOk).toBe(false)
    expect(scoreDocument(doc({ title: null, sections }), gold([h(1, '甲')], [], null)).titleOk).toBe(true)
    const untitled = scoreDocument(doc({ title: '随便', sections }), {
      source: 'x.txt',
      headings: [h(1, '甲')],
    })
    expect(untitled).toMatchObject({ titleOk: true, titleChecked: false, exact: true })
    expect(summarize([untitled, wrong]).titleAccuracy).toBe(0)
  })

  it('is exact only with the title right, nothing missed, nothing extra and every depth right', () => {
    const g = gold([h(1, '甲'), h(2, '乙')], [list([[1, '学习']])])
    const right = [sec({ depth: 1, text: '甲', children: [sec({ depth: 2, text: '乙' })] })]
    expect(scoreDocument(doc({ sections: right }), g).exact).toBe(true) // a missed list does not matter
    expect(scoreDocument(doc({ title: '错', sections: right }), g).exact).toBe(false)
    expect(scoreDocument(doc({ sections: [sec({ depth: 1, text: '甲' })] }), g).exact).toBe(false)
    expect(scoreDocument(doc({ sections: [...right, sec({ depth: 1, text: '多余' })] }), g).exact).toBe(false)
    expect(
      scoreDocument(doc({ sections: [sec({ depth: 1, text: '甲' }), sec({ depth: 1, text: '乙' })] }), g)
        .exact,
    ).toBe(false)
  })
})

describe('inline lists', () => {
  it('splits a points array into maximal runs of strictly rising ordinals', () => {
    const lengths = (ordinals: number[]) =>
      risingRuns(ordinals.map((n) => pt('x', n, '文'))).map((r) => r.map((p) => p.marker.ordinal))
    expect(lengths([1, 2, 1, 2, 3])).toEqual([
      [1, 2],
      [1, 2, 3],
    ])
    expect(lengths([1, 1])).toEqual([[1], [1]])
    expect(lengths([1, 3, 2])).toEqual([[1, 3], [2]])
    expect(lengths([])).toEqual([])
  })

  it('collects points arrays from the preamble, section bodies at any depth, the closing and nested items', () => {
    const nested = pts([1, '分解指标'], [2, '落实到人'])
    const d = doc({
      preamble: [para(pts([1, '甲一'], [2, '甲二']))],
      sections: [
        sec({
          depth: 1,
          text: '甲',
          body: [para(), para([pt('一是', 1, '明确目标。', nested), pt('二是', 2, '考核。')])],
          children: [sec({ depth: 2, text: '乙', body: [para(pts([1, '乙一'], [2, '乙二']))] })],
        }),
      ],
      closing: [para(pts([1, '丙一'], [2, '丙二']))],
    })
    expect(collectPointArrays(d).map((a) => a.map((p) => itemHead(p.text)).join('|'))).toEqual([
      '甲一|甲二',
      '明确目标|考核',
      '分解指标|落实到人',
      '乙一|乙二',
      '丙一|丙二',
    ])
  })

  it('matches items by ordinal and the first four characters, 是 and 要 ignored on both sides', () => {
    // "一要|坚持…" in the gold and "一|要坚持…" predicted, and the other way round.
    expect(
      runMatchesList(
        [pt('一', 1, '要坚持问题导向。'), pt('二', 2, '是抓落实')],
        list([
          [1, '坚持问题导向'],
          [2, '抓落实'],
        ]),
      ),
    ).toBe(true)
    expect(runMatchesList([pt('一要', 1, '坚持问题导向')], list([[1, '要坚持问题']]))).toBe(true)
    // Only four characters count: a different fifth character still matches.
    expect(runMatchesList([pt('一是', 1, '坚持问题导向')], list([[1, '坚持问题意识']]))).toBe(true)
    // A different ordinal, a different head, or a different length does not.
    expect(runMatchesList([pt('二是', 2, '坚持问题导向')], list([[1, '坚持问题导向']]))).toBe(false)
    expect(runMatchesList([pt('一是', 1, '坚定问题导向')], list([[1, '坚持问题导向']]))).toBe(false)
    expect(runMatchesList(pts([1, '学习'], [2, '实践']), list([[1, '学习']]))).toBe(false)
  })

  it('finds a gold list in a run of an array whose ordinals restart, and in a nested list', () => {
    const body = [
      para([
        pt('一是', 1, '学习。'),
        pt('二是', 2, '实践。'),
        pt('一要', 1, '守纪律。', pts([1, '不越线'], [2, '不踩线'])),
        pt('二要', 2, '讲规矩。'),
      ]),
    ]
    const g = gold(
      [h(1, '甲')],
      [
        list(
          [
            [1, '学习'],
            [2, '实践'],
          ],
          { line: 4 },
        ),
        list([
          [1, '守纪律'],
          [2, '讲规矩'],
        ]),
        list([
          [1, '不越线'],
          [2, '不踩线'],
        ]),
      ],
    )
    const s = scoreDocument(doc({ sections: [sec({ depth: 1, text: '甲', body })] }), g)
    expect(s).toMatchObject({
      listsExpected: 3,
      listsFound: 3,
      predictedRuns: 3,
      listRecall: 1,
      listPrecision: 1,
    })
    expect(s.extraLists).toEqual([])
  })

  it('needs a run with exactly the gold items: a longer run is a miss and an extra', () => {
    const body = [para(pts([1, '学习'], [2, '实践'], [3, '总结']))]
    const s = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '甲', body })] }),
      gold(
        [h(1, '甲')],
        [
          list([
            [1, '学习'],
            [2, '实践'],
          ]),
        ],
      ),
    )
    expect(s.listsFound).toBe(0)
    expect(s.missedLists).toHaveLength(1)
    expect(s.extraLists.map((run) => run.length)).toEqual([3])
    expect(s.listRecall).toBe(0)
    expect(s.listPrecision).toBe(0)
  })

  it('leaves runs matching optional lists out of precision; unmatched runs count against it', () => {
    const body = [
      para(pts([1, '学习'], [2, '实践'], [1, '守纪律'], [2, '讲规矩'], [1, '多余'], [2, '列表'])),
      para(pts([1, '也多余'])),
    ]
    const g = gold(
      [h(1, '甲')],
      [
        list([
          [1, '学习'],
          [2, '实践'],
        ]),
        list(
          [
            [1, '守纪律'],
            [2, '讲规矩'],
          ],
          { optional: true },
        ),
        list(
          [
            [1, '没有'],
            [2, '报告'],
          ],
          { optional: true },
        ),
        list([
          [1, '漏掉'],
          [2, '的'],
        ]),
      ],
    )
    const s = scoreDocument(doc({ sections: [sec({ depth: 1, text: '甲', body })] }), g)
    expect(s).toMatchObject({
      predictedRuns: 4,
      runsMatchingRequired: 1,
      runsMatchingOptional: 1,
      listsExpected: 2,
      listsFound: 1,
    })
    expect(s.extraLists.map((run) => run.map((p) => p.text).join('|'))).toEqual(['多余|列表', '也多余'])
    expect(s.missedLists.map((l) => l.items[0]!.head)).toEqual(['漏掉'])
    expect(s.listRecall).toBe(0.5)
    expect(s.listPrecision).toBeCloseTo(1 / 3, 10) // 1 good run of 4 − 1 optional
    expect(s.exact).toBe(true) // lists are not part of exactness
  })

  it('pairs runs and gold lists one to one: a list reported twice counts once', () => {
    const body = [para(pts([1, '学习'], [2, '实践'])), para(pts([1, '学习'], [2, '实践']))]
    const once = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '甲', body })] }),
      gold(
        [h(1, '甲')],
        [
          list([
            [1, '学习'],
            [2, '实践'],
          ]),
        ],
      ),
    )
    expect(once).toMatchObject({ listsFound: 1, runsMatchingRequired: 1, listPrecision: 0.5 })
    expect(once.extraLists).toHaveLength(1)
    const twice = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '甲', body })] }),
      gold(
        [h(1, '甲')],
        [
          list([
            [1, '学习'],
            [2, '实践'],
          ]),
          list([
            [1, '学习'],
            [2, '实践'],
          ]),
        ],
      ),
    )
    expect(twice).toMatchObject({ listsFound: 2, listRecall: 1, listPrecision: 1 })
  })

  it('gives 1 for recall and precision when there is nothing to count', () => {
    const s = scoreDocument(doc({ sections: [sec({ depth: 1, text: '甲' })] }), gold([h(1, '甲')]))
    expect(s).toMatchObject({ listRecall: 1, listPrecision: 1, predictedRuns: 0 })
  })
})

describe('summary', () => {
  it('micro-averages over documents and prints one summary line', () => {
    const a = scoreDocument(
      doc({
        sections: [
          sec({ depth: 1, text: '甲', ordinal: 1 }),
          sec({ depth: 2, text: '乙', ordinal: 3 }),
          sec({ depth: 1, text: '多余' }),
        ],
      }),
      gold(
        [h(1, '甲', { ordinal: 1 }), h(1, '乙', { ordinal: 2 })],
        [
          list([
            [1, '学习'],
            [2, '实践'],
          ]),
        ],
      ),
    )
    const b = scoreDocument(
      doc({ sections: [sec({ depth: 1, text: '丙', body: [para(pts([1, '学习'], [2, '实践']))] })] }),
      gold(
        [h(1, '丙'), h(1, '丁')],
        [
          list([
            [1, '学习'],
            [2, '实践'],
          ]),
        ],
      ),
    )
    const s = summarize([a, b])
    // Headings: 3 hits, 4 predicted, 4 gold. Depth 2 of 3. Ordinals 1 of 2. Lists 1 of 2, 1 run.
    expect(s).toEqual({
      docs: 2,
      exactDocs: 0,
      titleAccuracy: 1,
      headingPrecision: 0.75,
      headingRecall: 0.75,
      headingF1: 0.75,
      depthAccuracy: 2 / 3,
      ordinalAccuracy: 0.5,
      listRecall: 0.5,
      listPrecision: 1,
    })
    expect(formatSummary(s)).toBe(
      'summary: 2 docs, exact 0/2, title 1.000, headings P 0.750 R 0.750 F1 0.750, depth 0.667, ordinal 0.500, lists R 0.500 P 1.000',
    )
  })
})

describe('gold validation', () => {
  it('accepts the corpus format, unnumbered headings included', () => {
    const result = parseGold({
      source: 'a.txt',
      title: '在会上的讲话',
      headings: [
        { depth: 1, marker: '一、', ordinal: 1, text: '甲' },
        { depth: 1, text: '注\u3000\u3000释' },
        { depth: 2, marker: '1.', ordinal: 1, text: '乙', match: 'prefix', optional: true, altDepths: [3] },
      ],
      points: [{ line: 6, items: [{ marker: '一是', ordinal: 1, head: '人生意义的大' }], optional: true }],
    })
    expect(result.ok).toBe(true)
  })

  it('names the first fault in one line', () => {
    expect(parseGold({ source: 'a.txt', title: null })).toEqual({ ok: false, error: 'lacks "headings"' })
    expect(parseGold([])).toEqual({ ok: false, error: 'is not a JSON object' })
    expect(parseGold({ source: 'a.txt', headings: [{ depth: 1 }] })).toEqual({
      ok: false,
      error: 'lacks "headings[0].text"',
    })
    const badDepth = parseGold({ source: 'a.txt', headings: [{ depth: 0, text: '甲' }] })
    expect(badDepth.ok === false && badDepth.error.startsWith('headings[0].depth: ')).toBe(true)
    const badMatch = parseGold({ source: 'a.txt', headings: [{ depth: 1, text: '甲', match: 'suffix' }] })
    expect(badMatch.ok === false && badMatch.error.startsWith('headings[0].match: ')).toBe(true)
    expect(parseGold({ headings: [] })).toEqual({ ok: false, error: 'lacks "source"' })
  })
})

describe('thresholds', () => {
  const summary = summarize([
    scoreDocument(
      doc({ title: '错', sections: [sec({ depth: 1, text: '甲' })] }),
      gold([h(1, '甲'), h(1, '乙')]),
    ),
  ])

  it('names every metric below its minimum', () => {
    const parsed = parseThresholds({ exactDocs: 1, titleAccuracy: 0, headingF1: 0.9, listRecall: 1 })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const failures = checkThresholds(summary, parsed.thresholds)
    expect(failures.map((f) => f.metric)).toEqual(['exactDocs', 'headingF1'])
    expect(failures.map(formatFailure)).toEqual([
      'exactDocs 0 is below the minimum 1',
      'headingF1 0.667 is below the minimum 0.9',
    ])
    expect(checkThresholds(summary, { headingF1: 2 / 3 })).toEqual([])
  })

  it('refuses unknown keys, non-numbers and out-of-range values', () => {
    expect(parseThresholds({ headingf1: 1 })).toMatchObject({ ok: false })
    expect(parseThresholds({ listRecall: '0.9' })).toEqual({
      ok: false,
      error: '"listRecall" must be a number',
    })
    expect(parseThresholds({ listRecall: 1.5 })).toEqual({
      ok: false,
      error: '"listRecall" must be between 0 and 1',
    })
    expect(parseThresholds({ exactDocs: 2.5 })).toMatchObject({ ok: false })
    expect(parseThresholds([1])).toMatchObject({ ok: false })
  })

  it('accepts the repository thresholds file', () => {
    const data: unknown = JSON.parse(
      readFileSync(new URL('../eval-thresholds.json', import.meta.url), 'utf8'),
    )
    const parsed = parseThresholds(data)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(Object.keys(parsed.thresholds).sort()).toHaveLength(7)
  })
})

describe('report', () => {
  it('lists the concrete problems of a document', () => {
    const s = scoreDocument(
      doc({
        title: '别的',
        sections: [
          sec({ depth: 1, text: '甲', ordinal: 2, line: 4 }),
          sec({
            depth: 3,
            text: '多余',
            ordinal: 3,
            line: 8,
            body: [para(pts([1, '多余列表'], [2, '第二项']), 9)],
          }),
        ],
      }),
      gold(
        [h(2, '甲', { marker: '一、', ordinal: 1 }), h(1, '乙', { marker: '二、' })],
        [
          list(
            [
              [1, '学习'],
              [2, '实践'],
            ],
            { line: 12 },
          ),
        ],
        '讲话',
      ),
    )
    expect(documentProblems(s)).toEqual([
      'title: got "别的", want "讲话"',
      'missed heading [depth 1] 二、乙',
      'extra heading [depth 3] 3、多余 (line 8)',
      'wrong depth: 甲 (got 1, want 2)',
      'wrong ordinal: 甲 (got 2, want 1)',
      'missed list (line 12): 1|学习 2|实践',
      'extra list (line 1): 一是|多余列表 二是|第二项',
    ])
    const table = documentTable([{ name: 'a.txt', gold: 'a.gold.json', score: s }]).split('\n')
    expect(table[0]).toBe(
      'document  title  head P  head R  head F1  depth  ordinal  lists  extra lists  exact',
    )
    expect(table[1]).toBe('a.txt     WRONG  0.500   0.500   0.500    0/1    0/1      0/1    1            no')
  })

  it('aligns table columns by display width, Chinese characters counting two', () => {
    expect(displayWidth('ab讲话')).toBe(6)
    expect(
      formatTable([
        ['讲话', 'x'],
        ['abc', 'y'],
      ]),
    ).toBe('讲话  x\nabc   y')
  })
})
