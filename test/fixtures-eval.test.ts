/**
 * Every gold fixture written for the project (test/fixtures/<dir>/*.gold.json, same format as the
 * corpus) must be matched exactly, its required inline lists found and no extra list reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Gold, scoreDocument } from '../scripts/eval/score.js'
import { parseSpeech } from '../src/index.js'

const root = new URL('./fixtures/', import.meta.url).pathname
const dirs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, d.name))
  .filter((dir) => readdirSync(dir).some((f) => f.endsWith('.gold.json')))

describe.each(dirs)('gold fixtures in %s', (dir) => {
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'))
  it.each(golds)('%s is matched exactly', (file) => {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold
    const source = join(dir, gold.source)
    expect(existsSync(source), `${gold.source} exists`).toBe(true)
    const score = scoreDocument(parseSpeech(readFileSync(source, 'utf8')), gold)
    expect({
      title: score.titleOk ? 'ok' : score.predictedTitle,
      missed: score.missed.map((h) => h.text),
      extra: score.extra.map((h) => h.text),
      wrongDepth: score.wrongDepth,
      wrongOrdinal: score.wrongOrdinal,
      missedLists: score.missedLists.map((l) => l.items.map((i) => i.head).join('|')),
      extraLists: score.extraLists.map((run) => run.map((p) => p.marker.raw).join('|')),
    }).toEqual({
      title: 'ok',
      missed: [],
      extra: [],
      wrongDepth: [],
      wrongOrdinal: [],
      missedLists: [],
      extraLists: [],
    })
  })
})
