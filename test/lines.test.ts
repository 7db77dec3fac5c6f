/**
 * The line table (src/text/lines.ts): line breaks, offsets, content and Markdown peeling, read at
 * the line starts the Locator finds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../src/text/lines.js'
import { Locator } from '../src/text/locate.js'

function table(input: string) {
  return splitLines(input, new Locator(input).lineStarts)
}

function contents(input: string): string[] {
  const lines = table(input)
  const out: string[] = []
  for (let i = 0; i < lines.count; i++) out.push(lines.span(i).text)
  return out
}

describe('splitLines', () => {
  it('splits at \\n, \\r\\n and \\r, with no line after a final break', () => {
    expect(contents('一、总体要求\r\n（一）目标\r1.任务\n')).toEqual(['一、总体要求', '（一）目标', '1.任务'])
    expect(contents('')).toEqual([''])
    expect(contents('\n\n')).toEqual(['', ''])
  })

  it('keeps offsets into the input, after a BOM, with indentation and trimmed content', () => {
    const input = '\ufeff讲话\n\u3000\u3000同志们：  \n'
    const lines = table(input)
    expect(lines.count).toBe(2)
    expect([lines.start[0], lines.end[0]]).toEqual([1, 3])
    expect(lines.indent(1)).toBe(2)
    const span = lines.span(1)
    expect(span.text).toBe('同志们：')
    expect(input.slice(span.sourceStart(), span.sourceEnd())).toBe('同志们：')
  })

  it('peels Markdown headings, bullets, emphasis and box edges, keeping the source mapping', () => {
    const input = '## 一、总体要求 ##\n- 重点**任务**\n│ 二、保障 │'
    const lines = table(input)
    expect(lines.markdownHeading[0]).toBe(2)
    expect(lines.markdownHeading[1]).toBe(0)
    expect(contents(input)).toEqual(['一、总体要求', '重点任务', '二、保障'])
    const bold = lines.span(1)
    expect(input.slice(bold.sourceStart(2, 4), bold.sourceEnd(2, 4))).toBe('任务')
  })

  it('marks a leading YAML front matter block, and only a leading one', () => {
    const lines = table('\n---\ntitle: 讲话\n---\n正文')
    const marked = [0, 1, 2, 3, 4].map((i) => lines.isFrontMatter(i))
    expect(marked).toEqual([false, true, true, true, false])
    const later = table('正文\n---\ntitle: x\n---')
    expect([0, 1, 2, 3].some((i) => later.isFrontMatter(i))).toBe(false)
  })

  it("splits any mix of breaks, BOMs and blanks as String.split does, at the Locator's line starts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '一', '\n', '\r', '\r\n', ' ', '\u3000', '\ufeff')),
        (parts) => {
          const input = parts.join('')
          const lines = table(input)
          const expected = input.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)
          if (expected.length > 1 && expected[expected.length - 1] === '') expected.pop()
          expect(lines.count).toBe(expected.length)
          const got = expected.map((_, i) => input.slice(lines.start[i], lines.end[i]))
          expect(got).toEqual(expected)
        },
      ),
      { seed: 20261202, numRuns: 2000 },
    )
  })
})

describe('Locator line starts', () => {
  /** The offsets after each \n, \r\n or \r, found by an expression. */
  function expectedStarts(input: string): number[] {
    return [0, ...[...input.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)]
  }

  it('finds every line start of texts with many more lines than the first guess of their number', () => {
    // The starts are written into an array sized from the text's length and doubled when full:
    // texts of nothing but line breaks fill it many times over, with and without carriage returns.
    for (const input of [
      '\n'.repeat(5000),
      `${'a\r\n'.repeat(700)}${'\r'.repeat(900)}b\n`,
      `一、总体要求${'\n'.repeat(300)}正文。`,
    ]) {
      expect([...new Locator(input).lineStarts]).toEqual(expectedStarts(input))
    }
  })

  it('gives one start for a text without line breaks, the empty text included', () => {
    expect([...new Locator('').lineStarts]).toEqual([0])
    expect([...new Locator('同志们'.repeat(100)).lineStarts]).toEqual([0])
  })
})
