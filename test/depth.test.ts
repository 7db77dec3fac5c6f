import { describe, expect, it } from 'vitest'
import { matchBlockMarker } from '../src/markers/match.js'
import { assignDepths, type DepthInput } from '../src/parse/depth.js'

/** Builds depth inputs from marker texts; "~" marks a run-in heading, "!" one with no body. */
function headings(...specs: string[]): DepthInput[] {
  return specs.map((spec) => {
    const runIn = spec.endsWith('~')
    const noBody = spec.endsWith('!')
    const text = spec.replace(/[~!]$/, '')
    const m = text === '∅' ? null : matchBlockMarker(`${text}标题`)
    if (text !== '∅' && !m) throw new Error(`no marker in ${text}`)
    return { marker: m ? m.marker : null, runIn, hasBody: !noBody }
  })
}

const depths = (...specs: string[]) => assignDepths(headings(...specs)).map((r) => r.depth)

describe('assignDepths', () => {
  it('nests styles in the order they are met', () => {
    expect(depths('一、', '（一）', '1.', '（1）', '（2）', '2.', '（二）', '二、')).toEqual([
      1, 2, 3, 4, 4, 3, 2, 1,
    ])
  })

  it('lets a more senior style that appears later close the junior ones (preamble list)', () => {
    expect(depths('一是', '二是', '三是', '四是', '一、', '（一）', '二、')).toEqual([1, 1, 1, 1, 1, 2, 1])
  })

  it('keeps siblings whose style switches while the ordinals run on', () => {
    expect(depths('三、', '一是', '二是', '一是', '二要', '第三，', '第四，')).toEqual([1, 2, 2, 3, 3, 3, 3])
  })

  it('nests a restart under a standalone enumeration item with body paragraphs', () => {
    expect(depths('一、', '一是', '二是', '一是', '二是', '二、')).toEqual([1, 2, 2, 3, 3, 1])
  })

  it('starts a new list beside a run-in item when the numbering restarts', () => {
    expect(depths('一、', '一是~', '二是~', '一是~', '二是~')).toEqual([1, 2, 2, 2, 2])
  })

  it('starts a new list beside a standalone item that has no body', () => {
    expect(depths('一、', '一是!', '二是!', '一是', '二是')).toEqual([1, 2, 2, 2, 2])
  })

  it('treats a numbering gap as a sibling', () => {
    expect(depths('一、', '二、', '四、')).toEqual([1, 1, 1])
  })

  it('puts unnumbered headings above the numbered items that follow them', () => {
    expect(depths('∅', '一、', '二、', '∅', '一、')).toEqual([1, 2, 2, 1, 2])
  })

  it('resolves 最后 to the ordinal after its predecessor', () => {
    const results = assignDepths(headings('首先，', '其次，', '最后，'))
    expect(results.map((r) => r.ordinal)).toEqual([1, 2, 3])
    expect(results.map((r) => r.depth)).toEqual([1, 1, 1])
  })

  it('ranks parts above chapters of numbering', () => {
    expect(depths('第一部分', '一、', '（一）', '第二部分', '一、')).toEqual([1, 2, 3, 1, 2])
  })
})

describe('assignDepths: senior restarts', () => {
  it('never nests a restart of a senior style under a junior enumeration item', () => {
    expect(depths('一、', '二、', '第一，', '第二，', '一、')).toEqual([1, 1, 2, 2, 1])
  })
})
