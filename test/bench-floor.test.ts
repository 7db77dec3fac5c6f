import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildTree, recordTree } from '../bench/floor.js'
import { type Point, parseSpeech, type SpeechDocument } from '../src/index.js'

/** Every object and array of a document, for the "no shared node" check. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    into.add(value)
    for (const child of Object.values(value)) objectsOf(child, into)
  }
  return into
}

function countPoints(points: readonly Point[]): number {
  return points.reduce((n, p) => n + 1 + countPoints(p.points), 0)
}

// The bench's output floor is only a floor if it builds the very tree parseSpeech returns.
describe('bench output floor (bench/floor.ts)', () => {
  const text = readFileSync(new URL('../examples/speeches/sample-speech.txt', import.meta.url), 'utf8')
  const noisy = `${text}\n更多精彩内容请关注公众号\n第 3 页`
  const capped = '一、甲\n（一）乙\n1.丙\n（1）丁\n正文。'
  // Broken lines make joined paragraphs, whose text is not one slice of the input.
  const broken =
    '一、总体要求\n我们要坚持稳中求进工作总基调，\n加快构建新发展格局。\n二、重点任务\n要抓好落实。'
  const inputs: Array<[string, string, SpeechDocument]> = [
    ['the sample speech', noisy, parseSpeech(noisy)],
    ['a capped tree with warnings', capped, parseSpeech(capped, { maxDepth: 2 })],
    ['a joined paragraph', broken, parseSpeech(broken)],
  ]
  const docs = inputs.map(([name, , doc]) => [name, doc] as const)

  it('the inputs exercise points, removed lines and warnings', () => {
    const [sample, capped] = [docs[0]![1], docs[1]![1]]
    const points = sample.sections
      .flatMap(function all(s): SpeechDocument['preamble'] {
        return [...s.body, ...s.children.flatMap(all)]
      })
      .reduce((n, p) => n + countPoints(p.points), 0)
    expect(points).toBeGreaterThan(0)
    expect(sample.removed.length).toBeGreaterThan(0)
    expect(capped.warnings?.length).toBeGreaterThan(0)
  })

  it('a joined paragraph is not one slice of the input', () => {
    const doc = inputs[2]![2]
    const text = doc.sections[0]!.body[0]!.text
    expect(broken.includes(text)).toBe(false)
  })

  for (const [name, input, doc] of inputs) {
    it(`rebuilds ${name} from its tape as an equal tree that shares no object with it`, () => {
      const copy = buildTree(recordTree(doc, input))
      expect(copy).toStrictEqual(doc)
      const original = objectsOf(doc)
      for (const object of objectsOf(copy)) expect(original.has(object)).toBe(false)
    })
  }
})
