/** Every runnable example in examples/ runs and prints what it promises. */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

function run(example: string): string {
  const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname
  const result = spawnSync(tsx, [new URL(`../examples/${example}`, import.meta.url).pathname], {
    encoding: 'utf8',
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return result.stdout
}

describe('examples', () => {
  it('markdown-document.ts prints the sample in both modes', () => {
    const out = run('markdown-document.ts')
    expect(out).toContain('## 一、统一思想，充分认识加强基层治理的重要意义')
    expect(out).toContain('- 一要抓排查，做到早发现；')
    expect(out).toContain('  - 健全网格化管理体系')
  })

  it('markdown-unified.ts turns speech text into Markdown through unified', () => {
    expect(run('markdown-unified.ts')).toContain('#### 1.优化网格设置')
  })

  it('markdown-relevel.ts gives converter headings their depths', () => {
    const out = run('markdown-relevel.ts')
    expect(out).toContain('## 一、统一思想')
    expect(out).toContain('### （一）健全网格化管理体系')
    expect(out).toContain('#### 2.配强网格力量')
  })
})

describe('lint example', () => {
  it('lint-check.ts reports the faults of its draft', () => {
    const out = run('lint-check.ts')
    for (const id of [
      'marker-standard-form',
      'marker-bracket-punctuation',
      'numbering-duplicate',
      'numbering-gap',
      'lone-child',
    ]) {
      expect(out).toContain(id)
    }
  })
})
