/**
 * Numerals used in numbering markers: Chinese (一 … 九十九, 〇/零, 两, 一百, financial and traditional
 * forms), Arabic and full-width digits, circled and parenthesised numbers, heavenly stems.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}

const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100 }

/** Per UTF-16 code unit: the digit's value, or -1; the unit's value, or 0 (lookups without strings). */
const DIGIT_VALUE = new Int8Array(0x10000).fill(-1)
const UNIT_VALUE = new Int16Array(0x10000)
for (const [ch, value] of Object.entries(CHINESE_DIGITS)) DIGIT_VALUE[ch.charCodeAt(0)] = value
for (const [ch, value] of Object.entries(CHINESE_UNITS)) UNIT_VALUE[ch.charCodeAt(0)] = value

/** A character class source matching one Chinese numeral character. */
export const CHINESE_NUMERAL_CLASS = '〇零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰'

/** Parses a Chinese numeral such as 一, 十一, 二十三, 一百零五, 两. Returns null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  return parseChineseNumeralIn(text, 0, text.length)
}

/** parseChineseNumeral of text[from, to), without cutting the piece out. */
export function parseChineseNumeralIn(text: string, from: number, to: number): number | null {
  if (to <= from || to - from > 6) return null
  let total = 0
  let digit: number | null = null
  let lastUnit = Number.POSITIVE_INFINITY
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const d = DIGIT_VALUE[code]!
    if (d >= 0) {
      if (digit !== null && digit !== 0 && d !== 0) return null // 一二 is not a numeral
      digit = d
      continue
    }
    const unit = UNIT_VALUE[code]!
    if (unit === 0 || unit >= lastUnit) return null
    total += (digit ?? 1) * unit
    digit = null
    lastUnit = unit
  }
  if (digit !== null) total += digit
  // 两 reads as 2 only alone or before a unit; 零/〇 alone is not an ordinal.
  if (total === 0) return null
  return total
}

/** A character class source for ASCII and full-width digits. */
export const DIGIT_CLASS = '0-9０-９'

/** Parses ASCII or full-width digits. */
export function parseArabicNumeral(text: string): number | null {
  return parseArabicNumeralIn(text, 0, text.length)
}

/** parseArabicNumeral of text[from, to), without cutting the piece out. */
export function parseArabicNumeralIn(text: string, from: number, to: number): number | null {
  if (to <= from) return null
  let value = 0
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xff10 && code <= 0xff19) code -= 0xff10 - 0x30
    if (code < 0x30 || code > 0x39) return null
    value = value * 10 + (code - 0x30)
  }
  return value
}

export const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸'

/** 甲 → 1 … 癸 → 10; null otherwise. */
export function stemOrdinal(ch: string): number | null {
  const i = HEAVENLY_STEMS.indexOf(ch)
  return i < 0 ? null : i + 1
}
