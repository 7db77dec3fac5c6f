/**
 * The commonest markers (一、 一是 （一） (1) 1. 1、 1） 第一， 首先， ① ⑴ ㈠ ⒈) are matched by hand-written scanners for
 * speed. This test keeps their grammar as regular expressions, the form it was first written in,
 * and checks on generated strings that the scanners accept exactly what the expressions accept,
 * with the same raw marker, ordinal, variant and length.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type MarkerMatch, matchBlockMarker, matchInlineMarker } from '../src/markers/match.js'
import { CHINESE_NUMERAL_CLASS, parseArabicNumeral, parseChineseNumeral } from '../src/markers/numerals.js'
import { STYLE_ID, variantId } from '../src/markers/styles.js'
import type { MarkerStyle } from '../src/schema.js'

const CN = `[${CHINESE_NUMERAL_CLASS}]{1,4}`
const DG = '[0-9０-９]{1,3}'
const BLANKS = '[\\s\\u3000]*'
const ENUM_RE = new RegExp(`([${CHINESE_NUMERAL_CLASS}]{1,3})(是|要|则|則)`, 'y')
const CHINESE_RE = new RegExp(`(${CN})(、|．|\\.|\\u3000|[ \\t])${BLANKS}`, 'y')
const CN_PAREN_RE = new RegExp(`[（(](${CN})[）)]([、，,．.])?${BLANKS}`, 'y')
const AR_PAREN_RE = new RegExp(`[（(](${DG})[）)]([、，,．.])?${BLANKS}`, 'y')
const ARABIC_RE = new RegExp(`(${DG})(\\.|．|、|\\u3000|[ \\t])${BLANKS}`, 'y')
const ARABIC_INLINE_RE = new RegExp(`(${DG})(\\.|．|、)`, 'y')
const AR_HALF_PAREN_RE = new RegExp(`(${DG})[）)]${BLANKS}`, 'y')
const PART_RE = new RegExp(`第(${CN}|${DG})(部分|章|编|篇|節|节)[、，,：:．.]?${BLANKS}`, 'y')
const ORDINAL_RE = new RegExp(
  `第(${CN}|${DG})(个问题|個問題|个方面|個方面|方面|点|點|条|條|个|個)?(是|要)?([，,、：:．.]|[\\s\\u3000])?${BLANKS}`,
  'y',
)
const SEQUENCE_RE = new RegExp(
  `(首先|其次|再次|最后|最後)(一点|一點|一条|一條|一个问题|一個問題)?(是|要)?([，,、：:])?${BLANKS}`,
  'y',
)
const SINGLE_CHAR_RE = new RegExp(`([①-⑳㉑-㉟㊱-㊿⑴-⒇㈠-㈩⒈-⒛])([、，,．.])?${BLANKS}`, 'y')
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿'
const PAREN_NUMBERS = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇'
const PAREN_IDEOGRAPHS = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'
const STOP_NUMBERS = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛'
const CN_START = new Set(CHINESE_NUMERAL_CLASS)
const DIGIT = /[0-9０-９]/

function exec(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0
  return re.exec(text)
}

function result(
  text: string,
  m: RegExpExecArray,
  style: MarkerStyle,
  ordinal: number,
  variant: string,
): MarkerMatch {
  let rawEnd = m[0].length
  while (rawEnd > 0 && /[\s\u3000]/.test(text[rawEnd - 1] ?? '')) rawEnd--
  return withIds({ marker: { raw: text.slice(0, rawEnd), style, ordinal }, length: m[0].length, variant })
}

/** The reference's match with the numbers the record works out (STYLE_ID, variantId). */
function withIds(match: Omit<MarkerMatch, 'styleId' | 'variantId'>): MarkerMatch {
  return { ...match, styleId: STYLE_ID[match.marker.style], variantId: variantId(match.variant) }
}

function ordinal(text: string): MarkerMatch | null {
  const number = (s: string) => parseChineseNumeral(s) ?? parseArabicNumeral(s)
  const part = exec(PART_RE, text)
  if (part) {
    const n = number(part[1]!)
    if (n === null) return null
    return result(text, part, part[2] === '节' || part[2] === '節' ? 'section' : 'part', n, part[2]!)
  }
  const m = exec(ORDINAL_RE, text)
  const n = m ? number(m[1]!) : null
  if (!m || n === null) return null
  const [, , noun, verb, punct] = m
  if (!noun && !verb && !punct) return null
  if (verb === '要' && ['务', '務', '素', '义', '義'].includes(text[m[0].length] ?? '')) return null
  const measure = noun !== undefined && (noun.startsWith('个') || noun.startsWith('個'))
  if (measure && noun.length > 1 && !punct) {
    const short = `第${m[1]!}${noun[0]!}`
    return withIds({
      marker: { raw: short, style: 'ordinal', ordinal: n },
      length: short.length,
      variant: '个',
    })
  }
  return result(text, m, 'ordinal', n, (noun ? (measure ? '个' : noun) : '') + (verb ?? '') || '，')
}

function sequence(text: string): MarkerMatch | null {
  const m = exec(SEQUENCE_RE, text)
  if (!m) return null
  const word = m[1]!
  const next = text[m[0].length] ?? ''
  const last = word === '最后' || word === '最後'
  if (last && !m[2] && !m[3] && !m[4] && /[0-9０-９]/.test(next)) return null
  if (last && !m[2] && !m[3] && !m[4] && CN_START.has(next)) return null
  const ordinal = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : 0
  return result(text, m, 'sequence', ordinal, 'sequence')
}

function enumeration(text: string): MarkerMatch | null {
  if (text[0] === '两' || text[0] === '兩') return null
  const m = exec(ENUM_RE, text)
  const n = m ? parseChineseNumeral(m[1]!) : null
  if (!m || n === null || n > 30) return null
  return result(text, m, m[2] === '要' ? 'enum-yao' : 'enum-shi', n, m[2]!)
}

function chinese(text: string): MarkerMatch | null {
  const m = exec(CHINESE_RE, text)
  const n = m ? parseChineseNumeral(m[1]!) : null
  if (!m || n === null || n > 99) return null
  const next = text[m[0].length] ?? ''
  const after = text[m[0].length + 1] ?? ''
  if (m[2] === '、' && CN_START.has(next) && !CN_START.has(after)) return null
  if ((m[2] === '.' || m[2] === '．') && DIGIT.test(next)) return null
  if (next === '') return null
  return result(text, m, 'chinese', n, m[2] === '、' ? '、' : m[2] === '.' || m[2] === '．' ? '.' : ' ')
}

function bracketed(text: string): MarkerMatch | null {
  const variant = text[0] === '(' ? '(' : '（'
  const cn = exec(CN_PAREN_RE, text)
  const c = cn ? parseChineseNumeral(cn[1]!) : null
  if (cn && c !== null) return result(text, cn, 'chinese-paren', c, variant)
  const ar = exec(AR_PAREN_RE, text)
  const a = ar ? parseArabicNumeral(ar[1]!) : null
  return ar && a !== null ? result(text, ar, 'arabic-paren', a, variant) : null
}

function arabic(text: string, inline: boolean): MarkerMatch | null {
  const m = exec(inline ? ARABIC_INLINE_RE : ARABIC_RE, text)
  if (m) {
    const next = text[m[0].length] ?? ''
    const n = parseArabicNumeral(m[1]!)
    const blank = m[2] === '\u3000' || m[2] === ' ' || m[2] === '\t'
    if (n !== null && n > 0 && next !== '' && !DIGIT.test(next) && !(blank && /[\s\u3000%％.．]/.test(next)))
      return result(text, m, 'arabic', n, m[2] === '、' ? '、' : blank ? ' ' : '.')
  }
  if (inline) return null
  const half = exec(AR_HALF_PAREN_RE, text)
  const n = half ? parseArabicNumeral(half[1]!) : null
  return half && n !== null && n > 0 ? result(text, half, 'arabic-paren', n, ')') : null
}

function singleChar(text: string): MarkerMatch | null {
  const m = exec(SINGLE_CHAR_RE, text)
  if (!m) return null
  const ch = m[1]!
  if (CIRCLED.includes(ch)) return result(text, m, 'circled', CIRCLED.indexOf(ch) + 1, 'circled')
  if (PAREN_NUMBERS.includes(ch))
    return result(text, m, 'arabic-paren', PAREN_NUMBERS.indexOf(ch) + 1, 'paren-char')
  if (PAREN_IDEOGRAPHS.includes(ch))
    return result(text, m, 'chinese-paren', PAREN_IDEOGRAPHS.indexOf(ch) + 1, 'paren-char')
  return result(text, m, 'arabic', STOP_NUMBERS.indexOf(ch) + 1, 'stop-char')
}

/** What the regular-expression grammar says at the start of `text`, for the hand-written styles. */
function reference(text: string, inline: boolean): MarkerMatch | null | undefined {
  const ch = text[0] ?? ''
  if (ch === '第') {
    const m = ordinal(text)
    return inline && m?.marker.style !== 'ordinal' ? null : m
  }
  if (ch === '（' || ch === '(') return bracketed(text)
  if ('首其再最'.includes(ch)) return sequence(text)
  if (/[0-9０-９]/.test(ch)) return arabic(text, inline)
  if (inline && text.startsWith('一方面')) return undefined // the aspect style: not hand-written
  if (CN_START.has(ch)) return inline ? enumeration(text) : (enumeration(text) ?? chinese(text))
  if (SINGLE_CHARS.includes(ch)) {
    const m = singleChar(text)
    return inline && m?.marker.style === 'arabic' ? null : m
  }
  return undefined // another style: not hand-written
}

const pieces = [
  ...'一二三十九两兩百〇零壹貳拾1234567890０９（）()、，,．.。 \t\u3000\u2028是要则則%％标题',
  '二十',
  '一百零五',
  '九十九',
  '三十一',
  '第',
  '第',
  // Every noun of the ordinal grammar (第一个问题, 第二點, 第三条 …).
  ...['个问题', '個問題', '个方面', '個方面', '方面', '点', '點', '条', '條', '个', '個'],
  '部分',
  '节',
  '务',
  '\u00a0',
  '首先',
  '其次',
  '再次',
  '最后',
  '最後',
  '最',
  '一点',
  '一條',
  '一个问题',
  '：',
]
const SINGLE_CHARS = CIRCLED + PAREN_NUMBERS + PAREN_IDEOGRAPHS + STOP_NUMBERS
// The one-character markers, their neighbours just outside each range, and a few of each kind.
pieces.push(...'①⑳㉑㉟㊱㊿⑴⒇㈠㈩⒈⒛\u245f\u249c\u3250\u3260\u32b0\u32c0\u321f\u322a⑤⑽㈤⒌')
const markerish = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }).map((a) => a.join(''))

describe('hand-written marker scanners', () => {
  it('accept exactly what the regular-expression grammar accepts (block and inline)', () => {
    fc.assert(
      fc.property(markerish, (text) => {
        for (const inline of [false, true]) {
          const want = reference(text, inline)
          if (want === undefined) continue
          const got = inline ? matchInlineMarker(text, 0) : matchBlockMarker(text, 0)
          expect(got, `${JSON.stringify(text)} inline=${inline}`).toEqual(want)
        }
      }),
      { seed: 20261122, numRuns: 20000 },
    )
  })

  it('agree on the cases that decide headings', () => {
    for (const text of [
      '第一，',
      '第一次',
      '第一个问题是',
      '第二个问题，',
      '第三部分',
      '第一要务',
      '第2点：',
      '第二點，',
      '第三条：',
      '第四條',
      '第五个方面，',
      '第六個問題是',
      '第七方面',
      '第八个',
      '一、加强',
      '一、二线城市',
      '十一．总结',
      '二是推进',
      '两是',
      '（一）健全',
      '(2)、完善',
      '1.5亿元',
      '3、落实',
      '12）实施',
      '1　概述',
      '1 %',
      '①加强',
      '⑴、完善',
      '㈠　总体',
      '⒈概述',
      '㊿．',
      '①',
      '首先，',
      '其次要',
      '最后一点：',
      '最后一公里',
      '最后2',
      '最后，一',
      '首都',
    ])
      expect(matchBlockMarker(text, 0)).toEqual(reference(text, false))
  })
})
