/** What the document-kind fixtures show beyond their outline: frames, removed lines, footnotes. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSpeech } from '../src/index.js'

const read = (name: string) => readFileSync(new URL(`./fixtures/kinds/${name}`, import.meta.url), 'utf8')

describe('document kinds', () => {
  it('drops web furniture and boxes with reasons, and keeps a 2022.10.23 date in the text', () => {
    const doc = parseSpeech(read('web-copy.txt'))
    expect(doc.removed.map((r) => [r.position.start.line, r.reason])).toEqual([
      [1, 'web-furniture'],
      [3, 'web-furniture'],
      [4, 'web-furniture'],
      [5, 'decoration'],
      [13, 'decoration'],
      [14, 'web-furniture'],
      [15, 'web-furniture'],
      [16, 'advertising'],
    ])
    expect(doc.preamble.map((p) => p.text)).toContain(
      '2022.10.23是一个值得记住的日子，全县脱贫成果通过了验收。',
    )
  })

  it('reads subtitle, speaker and date lines into their fields, never as title or headings', () => {
    const doc = parseSpeech(read('subtitle-frame.txt'))
    expect(doc).toMatchObject({
      subtitle: '——在全县三级干部大会上的讲话',
      author: '县委书记　王　明',
      date: '（2024年2月18日）',
      salutation: '同志们：',
    })
    expect(doc.closing).toHaveLength(1)
  })

  it('does not take footnote marks and notes for markers, nor short exclamations for headings', () => {
    const doc = parseSpeech(read('printed-collection.txt'))
    expect(doc.date).toBe('（一九五五年七月三十一日）')
    const first = doc.sections[0]!
    expect(first.body[0]!.text).toBe('全国农村中，新的群众运动的高潮就要到来。⑴')
    expect(first.body[0]!.points).toEqual([])
    const notes = doc.sections[doc.sections.length - 1]!
    expect(notes.marker).toBeNull()
    expect(notes.body.map((p) => p.text)).toEqual(['〔1〕 见本书第三卷。', '〔2〕 同上。'])
    expect(doc.sections[2]!.body.map((p) => p.text)).toEqual(['要不得！', '雇农', '贫农', '中农'])
  })

  it('reads converter Markdown: front matter and images removed, emphasis dropped from headings', () => {
    const doc = parseSpeech(read('markdown-copy.md'))
    expect(doc.removed.map((r) => r.reason)).toEqual([
      'front-matter',
      'front-matter',
      'front-matter',
      'front-matter',
      'image',
    ])
    expect(doc.sections[0]!.text).toBe('充分认识作风建设的重要性')
  })
})
