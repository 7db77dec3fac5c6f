/**
 * Nothing is lost: every character of the input is accounted for in exactly one place (the frame,
 * a heading, a paragraph, or `removed`), and every position slices the input to the text it claims.
 * White space and Markdown syntax (#, *, _, bullets, box borders) are not content.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Paragraph,
  type Position,
  parseSpeech,
  type Section,
  SpeechDocumentSchema,
} from '../src/index.js'

const NOT_CONTENT = /[\s\u3000\ufeff#*_\-+|│┃║>]/g
const strip = (text: string) => text.replace(NOT_CONTENT, '')

interface Claim {
  position: Position
  text: string
  kind: string
}

function claims(input: string): Claim[] {
  const doc = parseSpeech(input)
  SpeechDocumentSchema.parse(doc)
  const out: Claim[] = []
  for (const key of ['title', 'subtitle', 'author', 'date', 'salutation'] as const) {
    const position = doc.frame[key]
    if (position) out.push({ position, text: doc[key] ?? '', kind: key })
  }
  for (const r of doc.removed) out.push({ position: r.position, text: r.text, kind: `removed:${r.reason}` })
  const paragraphs = (list: Paragraph[], kind: string) => {
    for (const p of list) out.push({ position: p.position, text: p.text, kind })
  }
  const sections = (list: Section[]) => {
    for (const s of list) {
      out.push({ position: s.headingPosition!, text: `${s.marker?.raw ?? ''}${s.text}`, kind: 'heading' })
      paragraphs(s.body, 'body')
      sections(s.children)
    }
  }
  paragraphs(doc.preamble, 'preamble')
  sections(doc.sections)
  paragraphs(doc.closing, 'closing')
  return out
}

function checkAccounting(input: string): void {
  const owner = new Int32Array(input.length).fill(-1)
  const list = claims(input)
  list.forEach((claim, index) => {
    const { start, end } = claim.position
    expect(start.offset).toBeGreaterThanOrEqual(0)
    expect(end.offset).toBeLessThanOrEqual(input.length)
    const slice = input.slice(start.offset, end.offset)
    // The slice holds the claimed text (a heading's dropped trailing punctuation may follow it).
    expect(
      strip(slice).startsWith(strip(claim.text)),
      `${claim.kind} ${JSON.stringify(claim.text)} in ${JSON.stringify(slice)}`,
    ).toBe(true)
    for (let i = start.offset; i < end.offset; i++) {
      if (strip(input[i]!) === '') continue
      expect(owner[i], `offset ${i} claimed twice (${claim.kind})`).toBe(-1)
      owner[i] = index
    }
  })
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!
    if (strip(ch) === '') continue
    expect(
      owner[i],
      `offset ${i} (${JSON.stringify(ch)}) of ${JSON.stringify(input)} is not accounted for`,
    ).not.toBe(-1)
  }
}

const pieces = [
  '一、',
  '二、',
  '三、',
  '（一）',
  '（二）',
  '(三)',
  '1.',
  '2．',
  '3、',
  '（1）',
  '①',
  '②',
  '第一，',
  '第二，',
  '第三是',
  '一是',
  '二是',
  '三要',
  '首先，',
  '其次',
  '最后，',
  '一方面',
  '另一方面',
  '同志们：',
  '在大会上的讲话',
  '关于',
  '注　释',
  '加强学习',
  '狠抓落实',
  '党建工作',
  '。',
  '，',
  '；',
  '：',
  '！',
  '？',
  '“',
  '”',
  '《',
  '》',
  '、',
  '\u3000',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '——',
  '2024年',
  '1.5亿元',
  '第一次',
  '一、二线',
  '## ',
  '**',
  '- ',
  '【打印正文】',
  '- 3 -',
  '┌──┐',
  '...',
]

const speechLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''))

describe('nothing is lost', () => {
  it('accounts for every character of speech-like inputs exactly once', () => {
    fc.assert(fc.property(speechLike, checkAccounting), { seed: 20261122, numRuns: 3000 })
  })

  it('accounts for every character of arbitrary strings exactly once', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkAccounting), {
      seed: 20261122,
      numRuns: 2000,
    })
  })

  it('accounts for a realistic speech', () => {
    checkAccounting(
      '关注公众号领取资料\n在大会上的讲话\n——在全区工作会议上\n张三\n（2024年1月5日）\n同志们：今天开会。\n## 一、**加强学习**\n学习很重要，一是读书；二是实践。\n（一）读原著。原著要读。\n- 2 -\n（二）悟原理\n第一，提高认识。认识很重要。\n第二，狠抓落实\n同志们，谢谢大家！\n',
    )
  })
})
