/**
 * Nothing is lost: every character of the input is accounted for in exactly one place, and every
 * position slices the input to the text it claims (see test/support/invariants.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { speechLike } from './support/arbitraries.js'
import { findViolation } from './support/invariants.js'

describe('nothing is lost', () => {
  it('accounts for every character of speech-like inputs exactly once', () => {
    fc.assert(
      fc.property(speechLike, (input) => {
        expect(findViolation(input)).toBeNull()
      }),
      { seed: 20261122, numRuns: 3000 },
    )
  })

  it('accounts for every character of arbitrary strings exactly once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        expect(findViolation(input)).toBeNull()
      }),
      { seed: 20261122, numRuns: 2000 },
    )
  })

  it('accounts for a realistic speech', () => {
    expect(
      findViolation(
        '关注公众号领取资料\n在大会上的讲话\n——在全区工作会议上\n张三\n（2024年1月5日）\n同志们：今天开会。\n## 一、**加强学习**\n学习很重要，一是读书；二是实践。\n（一）读原著。原著要读。\n- 2 -\n（二）悟原理\n第一，提高认识。认识很重要。\n第二，狠抓落实\n同志们，谢谢大家！\n',
      ),
    ).toBeNull()
  })
})
