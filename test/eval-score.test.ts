import { describe, expect, it } from 'vitest'
import {
  alignHeadings,
  type Gold,
  itemHead,
  normalizeText,
  risingRuns,
  scoreDocument,
  summarize,
} from '../scripts/eval/score.js'
import { type Point, parseSpeech, type Section, type SpeechDocument } from '../src/index.js'

const where = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

function point(raw: string, ordinal: number, text: string, points: Point[] = []): Point {
  return { type: 'point', marker: { raw, style: 'enum-shi', ordinal }, text, points, position: where }
}

function section(
  depth: number,
  text: string,
  ordinal: number,
  children: Section[] = [],
  points: Point[] = [],
): Section {
  return {
    type: 'section',
    depth,
    marker: { raw: `${ordinal}.`, style: 'arabic', ordinal },
    text,
    body: points.length ? [{ type: 'paragraph', text: '', points, position: where }] : [],
    children,
    position: where,
  }
}

function doc(title: string | null, sections: Section[]): SpeechDocument {
  return {
    ...parseSpeech(''),
    title,
    sections,
  }
}

describe('eval scoring', () => {
  it('normalises heading texts as the corpus README says', () => {
    expect(normalizeText(' 加强 **学习**，。')).toBe('加强学习')
    expect(normalizeText('为什么？')).toBe('为什么？')
  })

  it('cuts item heads at a sentence end and ignores a leading 是 or 要', () => {
    expect(itemHead('要坚持问题导向。人要')).toBe('坚持问题')
    expect(itemHead('是党的性质，第二')).toBe('党的性质')
    expect(itemHead('抓培训。要')).toBe('抓培训')
  })

  it('aligns headings in order and scores precision, recall, depth and ordinals', () => {
    const gold: Gold = {
      source: 'x.txt',
      title: '标题',
      headings: [
        { depth: 1, ordinal: 1, text: '甲' },
        { depth: 2, ordinal: 1, text: '乙', altDepths: [1] },
        { depth: 2, ordinal: 2, text: '丙' },
        { depth: 1, ordinal: 2, text: '丁', optional: true },
      ],
    }
    const predicted = doc('标题', [
      section(1, '甲', 1, [section(2, '乙', 1), section(3, '丙', 5)]),
      section(1, '戊', 3),
    ])
    const s = scoreDocument(predicted, gold)
    expect(s.titleOk).toBe(true)
    expect(s.matched).toHaveLength(3)
    expect(s.missed).toEqual([]) // 丁 is optional
    expect(s.extra.map((h) => h.text)).toEqual(['戊'])
    expect(s.headingPrecision).toBeCloseTo(3 / 4)
    expect(s.headingRecall).toBe(1)
    expect(s.wrongDepth).toEqual([{ text: '丙', got: 3, want: [2] }])
    expect(s.wrongOrdinal).toEqual([{ text: '丙', got: 5, want: 2 }])
    expect(s.exact).toBe(false)
  })

  it('matches a prefix heading and accepts alternative depths', () => {
    const gold: Gold = {
      source: 'x.txt',
      title: null,
      headings: [{ depth: 2, text: '坚持', match: 'prefix', altDepths: [1] }],
    }
    const s = scoreDocument(doc(null, [section(1, '坚持党的领导', 1)]), gold)
    expect(s.exact).toBe(true)
  })

  it('prefers the longest order-preserving alignment', () => {
    const pairs = alignHeadings(
      [
        { depth: 1, text: 'A' },
        { depth: 1, text: 'B' },
      ],
      [
        { depth: 1, ordinal: 1, text: 'B' },
        { depth: 1, ordinal: 1, text: 'A' },
        { depth: 1, ordinal: 1, text: 'B' },
      ],
    )
    expect(pairs).toEqual([
      [0, 1],
      [1, 2],
    ])
  })

  it('splits point arrays into rising runs and matches lists exactly, nested ones included', () => {
    const points = [
      point('一是', 1, '学习。'),
      point('二是', 2, '实践。'),
      point('一是', 1, '守纪律。'),
      point('二是', 2, '讲规矩。'),
    ]
    expect(risingRuns(points).map((r) => r.length)).toEqual([2, 2])
    const nested = [
      point('一是', 1, '明确目标。', [point('第一', 1, '分解指标'), point('第二', 2, '落实到人')]),
      point('二是', 2, '考核。'),
    ]
    const gold: Gold = {
      source: 'x.txt',
      title: null,
      headings: [{ depth: 1, ordinal: 1, text: '甲' }],
      points: [
        {
          items: [
            { ordinal: 1, head: '分解指标' },
            { ordinal: 2, head: '落实到人' },
          ],
        },
        {
          items: [
            { ordinal: 1, head: '要明确目标' },
            { ordinal: 2, head: '考核。' },
          ],
        },
        {
          items: [
            { ordinal: 1, head: '不存在的' },
            { ordinal: 2, head: '列表啊' },
          ],
          optional: true,
        },
      ],
    }
    const s = scoreDocument(doc(null, [section(1, '甲', 1, [], nested)]), gold)
    expect(s.listsFound).toBe(2)
    expect(s.listsExpected).toBe(2)
    expect(s.extraLists).toEqual([])
  })

  it('counts an unmatched list against precision but not an optional one', () => {
    const gold: Gold = {
      source: 'x.txt',
      title: null,
      headings: [{ depth: 1, ordinal: 1, text: '甲' }],
      points: [
        {
          items: [
            { ordinal: 1, head: '学习' },
            { ordinal: 2, head: '实践' },
          ],
        },
        {
          items: [
            { ordinal: 1, head: '守纪律' },
            { ordinal: 2, head: '讲规矩' },
          ],
          optional: true,
        },
      ],
    }
    const predicted = [
      point('一是', 1, '学习。'),
      point('二是', 2, '实践。'),
      point('一是', 1, '守纪律。'),
      point('二是', 2, '讲规矩。'),
      point('一是', 1, '多余。'),
      point('二是', 2, '列表。'),
    ]
    const s = scoreDocument(doc(null, [section(1, '甲', 1, [], predicted)]), gold)
    const summary = summarize([s])
    expect(summary.listRecall).toBe(1)
    expect(summary.listPrecision).toBe(1 / 2) // one good run of two counted (the optional one is not counted)
    expect(summary.exactDocs).toBe(1)
  })
})
