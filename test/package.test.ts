/** The built package loads both ways: ESM import and CommonJS require (Node ≥ 20.19). */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const text = '在会上的讲话\n一、学习\n正文。\n三、落实\n正文。'

describe('built package', () => {
  it('imports as ESM with types for every export', async () => {
    // A computed specifier: the type check runs before the build, when dist/ does not exist yet.
    const built = new URL('../dist/index.js', import.meta.url).href
    const esm = (await import(built)) as typeof import('../src/index.js')
    expect(esm.parseSpeech(text).sections.map((s) => s.text)).toEqual(['学习', '落实'])
    expect(esm.toMarkdown(esm.parseSpeech(text))).toContain('## 一、学习')
  })

  it('requires as CommonJS', () => {
    const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof import('../src/index.js')
    expect(cjs.parseSpeech(text).title).toBe('在会上的讲话')
    expect(cjs.lintSpeech(text).messages.map((m) => m.ruleId)).toContain('numbering-gap')
    expect(cjs.SpeechDocumentSchema.safeParse(cjs.parseSpeech(text)).success).toBe(true)
  })
})
