import { describe, expect, it } from 'vitest'
import { matchBlockMarker, matchInlineMarker } from '../src/markers/match.js'
import { parseArabicNumeral, parseChineseNumeral } from '../src/markers/numerals.js'

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['两', 2],
    ['貳', 2],
    ['叁', 3],
    ['拾', 10],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it.each(['', '零', '〇', '一二', '十十', '百十百', '甲'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull()
  })

  it('reads full-width digits', () => {
    expect(parseArabicNumeral('１２')).toBe(12)
    expect(parseArabicNumeral('1a')).toBeNull()
  })
})

describe('matchBlockMarker', () => {
  it.each([
    ['一、统一思想', '一、', 'chinese', 1],
    ['十二、加强领导', '十二、', 'chinese', 12],
    ['一．总体要求', '一．', 'chinese', 1],
    ['一、2023年工作回顾', '一、', 'chinese', 1],
    ['二、二〇二四年工作安排', '二、', 'chinese', 2],
    ['一.总体要求', '一.', 'chinese', 1],
    ['三\u3000经济形势', '三', 'chinese', 3],
    ['（一）真重视。', '（一）', 'chinese-paren', 1],
    ['(二)真严格', '(二)', 'chinese-paren', 2],
    ['㈢真务实', '㈢', 'chinese-paren', 3],
    ['1.做好工作', '1.', 'arabic', 1],
    ['2．做好工作', '2．', 'arabic', 2],
    ['3、做好工作', '3、', 'arabic', 3],
    ['１２.做好工作', '１２.', 'arabic', 12],
    ['4 做好工作', '4', 'arabic', 4],
    ['（1）加强学习', '（1）', 'arabic-paren', 1],
    ['(2)加强学习', '(2)', 'arabic-paren', 2],
    ['⑶加强学习', '⑶', 'arabic-paren', 3],
    ['3）加强学习', '3）', 'arabic-paren', 3],
    ['④强化保障', '④', 'circled', 4],
    ['第一，提高认识。', '第一，', 'ordinal', 1],
    ['第二、明确责任', '第二、', 'ordinal', 2],
    ['第三是提升能力', '第三是', 'ordinal', 3],
    ['第四要鼓舞士气', '第四要', 'ordinal', 4],
    ['第一点，要学习', '第一点，', 'ordinal', 1],
    ['第二个问题，关于作风', '第二个问题，', 'ordinal', 2],
    ['第一个问题是会议多', '第一个', 'ordinal', 1],
    ['第三方面，制度建设', '第三方面，', 'ordinal', 3],
    ['一是明理。', '一是', 'enum-shi', 1],
    ['十是注重发挥作用', '十是', 'enum-shi', 10],
    ['二要做到严格管理', '二要', 'enum-yao', 2],
    ['首先，要统一思想', '首先，', 'sequence', 1],
    ['其次是抓交流', '其次是', 'sequence', 2],
    ['最后，强调纪律', '最后，', 'sequence', 0],
    ['最后一点，关于作风', '最后一点，', 'sequence', 0],
    ['其次是抓交流', '其次是', 'sequence', 2],
    ['第一部分 总体情况', '第一部分', 'part', 1],
    ['第二章 组织建设', '第二章', 'part', 2],
    ['第三节 工作要求', '第三节', 'section', 3],
    ['乙、工作措施', '乙、', 'stem', 2],
    ['丙\u3000保障', '丙', 'stem', 3],
    ['第一、經濟危機', '第一、', 'ordinal', 1],
  ])('%s → %s', (text, raw, style, ordinal) => {
    const m = matchBlockMarker(text)
    expect(m?.marker).toEqual({ raw, style, ordinal })
  })

  it.each([
    '第一书记要带头',
    '第一次提出',
    '第一责任人',
    '第一要务是发展',
    '一、二线城市房价',
    '一、二级医院',
    '1.5亿元资金',
    '2022.10.23',
    '2024年工作',
    '最后一公里',
    '一些同志',
    '统一思想',
    '一方面要学习',
    '两是不对的',
    '甲方乙方',
  ])('refuses the false friend %s', (text) => {
    expect(matchBlockMarker(text)).toBeNull()
  })

  it('reports where the heading text starts, trailing blanks included', () => {
    expect(matchBlockMarker('一、\u3000培训的意义')?.length).toBe(3)
    expect(matchBlockMarker('（一） 真重视')?.length).toBe(4)
  })
})

describe('matchInlineMarker', () => {
  it('finds enumeration markers inside a paragraph', () => {
    const text = '主要有四点：一是基本思路。'
    expect(matchInlineMarker(text, 6)?.marker).toEqual({ raw: '一是', style: 'enum-shi', ordinal: 1 })
  })

  it('finds 一方面 and 另一方面', () => {
    expect(matchInlineMarker('一方面，要学习', 0)?.marker.style).toBe('aspect')
    expect(matchInlineMarker('另一方面，要实践', 0)?.marker.ordinal).toBe(2)
  })

  it('never reads 一、 inline (一、二线城市)', () => {
    expect(matchInlineMarker('一、二线城市', 0)).toBeNull()
    expect(matchInlineMarker('一、加强学习', 0)).toBeNull()
  })

  it('refuses decimals and bare 第N before a noun', () => {
    expect(matchInlineMarker('1.5亿元', 0)).toBeNull()
    expect(matchInlineMarker('第一责任', 0)).toBeNull()
    expect(matchInlineMarker('1.加强学习', 0)?.marker.ordinal).toBe(1)
  })
})

describe('sequence words', () => {
  it('keeps 首先一定要 as a marker but refuses 最后一公里', () => {
    expect(matchBlockMarker('首先一定要统一思想')?.marker.raw).toBe('首先')
    expect(matchBlockMarker('最后一公里要打通')).toBeNull()
  })
})
