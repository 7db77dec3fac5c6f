/**
 * How a marker is written, apart from its number: the GB/T 9704-2012 standard form of each
 * structural style, the punctuation skeleton that items of one list should share, and the word
 * (是, 要, 第…) that items of one spoken enumeration should share.
 */
import { CHINESE_NUMERAL_CLASS, HEAVENLY_STEMS } from '../markers/numerals.js'
import type { Marker, MarkerStyle } from '../schema.js'

const NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CLASS}${HEAVENLY_STEMS}]`, 'g')
const ASCII_DIGIT = /[0-9]/
const WIDE_DIGIT = /[０-９]/
/** One-character markers: ① … ㊿, ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩. */
const SINGLE_CHAR = /[\u2460-\u249b\u3220-\u3229\u3251-\u325f\u32b1-\u32bf]/

/**
 * The written form of a marker without its number: brackets, punctuation and blanks in order, plus
 * the width of its digits and whether it is a one-character marker. "（一）" and "（二）" share a
 * skeleton; "（一）" and "(二)", "1." and "2、", "1." and "２." do not.
 */
export function skeleton(raw: string): string {
  let out = ''
  for (const ch of raw) {
    if (/[\p{P}\s\u3000]/u.test(ch)) out += ch
  }
  if (ASCII_DIGIT.test(raw)) out += ' digits'
  if (WIDE_DIGIT.test(raw)) out += ' full-width digits'
  if (SINGLE_CHAR.test(raw)) out += ' one character'
  return out
}

/**
 * The word of a spoken enumeration marker, without number and punctuation: "一是" → "是",
 * "二要" → "要", "第三，" → "第", "第一个" → "第个". Null for 首先/其次/最后 and 一方面/另一方面,
 * which combine freely with the others ("首先 … 第二 … 第三" is idiomatic).
 */
export function enumerationWord(marker: Marker): string | null {
  if (marker.style === 'sequence' || marker.style === 'aspect') return null
  return marker.raw.replace(NUMERAL, '').replace(/[0-9０-９\p{P}\s\u3000]/gu, '')
}

/** Chinese numeral for 1 … 99 (一, 十, 十一, 二十三). */
export function chineseNumeral(n: number): string {
  const digits = '〇一二三四五六七八九'
  if (n < 10) return digits[n] ?? String(n)
  if (n >= 100) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`
}

interface StandardForm {
  /** Does a raw marker follow the standard form? */
  test: RegExp
  /** The standard form of ordinal n. */
  write(n: number): string
}

const CN = `[${CHINESE_NUMERAL_CLASS}]+`

/**
 * GB/T 9704-2012 (7.3.3) numbers the levels of a document "一、" "（一）" "1." "（1）": a Chinese
 * numeral with 、, a Chinese numeral in full-width brackets, an Arabic numeral with a full stop,
 * an Arabic numeral in full-width brackets. Nothing follows a bracket. (The full stop after an
 * Arabic numeral is written "." or "．" in practice; both are accepted.)
 */
export const STANDARD_FORMS: Partial<Record<MarkerStyle, StandardForm>> = {
  chinese: { test: new RegExp(`^${CN}、$`), write: (n) => `${chineseNumeral(n)}、` },
  'chinese-paren': { test: new RegExp(`^（${CN}）$`), write: (n) => `（${chineseNumeral(n)}）` },
  arabic: { test: /^[0-9０-９]+[.．]$/, write: (n) => `${n}.` },
  'arabic-paren': { test: /^（[0-9０-９]+）$/, write: (n) => `（${n}）` },
}

/** True when the marker has a standard form and follows it; null when its style has none. */
export function isStandardForm(marker: Marker): boolean | null {
  const form = STANDARD_FORMS[marker.style]
  return form ? form.test.test(marker.raw) : null
}

/** The standard way to write this marker ("一." → "一、", "(3)" → "（3）"), or null. */
export function standardFormOf(marker: Marker): string | null {
  const form = STANDARD_FORMS[marker.style]
  return form && marker.ordinal > 0 ? form.write(marker.ordinal) : null
}

/** The standard form of the first item of a style, for messages: 一、 （一） 1. （1）. */
export function standardExample(style: MarkerStyle): string | null {
  return standardFormOf({ raw: '', style, ordinal: 1 })
}

const CN_RUN = new RegExp(`[${CHINESE_NUMERAL_CLASS}]+`)
const SINGLE_CHAR_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2460, 20], // ① … ⑳
  [0x2474, 20], // ⑴ … ⒇
  [0x2488, 20], // ⒈ … ⒛
  [0x3220, 10], // ㈠ … ㈩
]

/**
 * The marker written the same way with another number: ("四是", 3) → "三是", ("（二）", 3) →
 * "（三）", ("2.", 3) → "3.", ("②", 3) → "③". Null when the marker has no number to change
 * (首先, 最后) or the number has no such form (㉑ and up, 十一 and up for ㈠ …).
 */
export function renumber(marker: Marker, n: number): string | null {
  const { raw, style } = marker
  if (n < 1 || style === 'sequence' || style === 'aspect') return null
  if (style === 'stem') {
    const stem = HEAVENLY_STEMS[n - 1]
    return stem === undefined ? null : raw.replace(/[甲乙丙丁戊己庚辛壬癸]/, stem)
  }
  const code = raw.codePointAt(0) ?? 0
  for (const [base, count] of SINGLE_CHAR_RANGES) {
    if (code >= base && code < base + count)
      return n <= count ? String.fromCodePoint(base + n - 1) + raw.slice(1) : null
  }
  const wide = raw.match(/[０-９]+/)
  if (wide) {
    const digits = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    return raw.replace(/[０-９]+/, digits)
  }
  if (/[0-9]/.test(raw)) return raw.replace(/[0-9]+/, String(n))
  if (CN_RUN.test(raw) && n < 100) return raw.replace(CN_RUN, chineseNumeral(n))
  return null
}
