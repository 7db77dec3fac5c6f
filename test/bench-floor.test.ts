import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { copyTree } from '../bench/floor.js'
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
  const docs: Array<[string, SpeechDocument]> = [
    ['the sample speech', parseSpeech(noisy)],
    ['a capped tree with warnings', parseSpeech('一、甲\n（一）乙\n1.丙\n（1）丁\n正文。', { maxDepth: 2 })],
  ]

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

  for (const [name, doc] of docs) {
    it(`copies ${name} to an equal tree that shares no object with it`, () => {
      const copy = copyTree(doc)
      expect(copy).toStrictEqual(doc)
      const original = objectsOf(doc)
      for (const object of objectsOf(copy)) expect(original.has(object)).toBe(false)
    })
  }
})
