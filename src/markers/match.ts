/**
 * The numbering grammar: recognises a marker at a position of a text, at the start of a paragraph
 * (block markers) or after a clause boundary inside one (inline markers). The rarer shapes are sticky
 * regular expressions (test/regex-safety.test.ts clears them of super-linear backtracking); the
 * commonest (一、 一是 （一） 1. 第一， 首先， ①) are scanned by hand, character codes against tables, and
 * test/markers-reference.test.ts checks them against their regular-expression form. Either way
 * matching is linear in the marker's length.
 */
import { MarkerNode, plainObjects } from '../nodes.js'
import type { Marker, MarkerStyle } from '../schema.js'
import { keepShape } from '../shapes.js'
import { charTable, codeAt, isWhiteSpace } from '../text/chars.js'
import { shortSlice } from '../text/short-slice.js'
import {
  CHINESE_NUMERAL_CLASS,
  DIGIT_CLASS,
  HEAVENLY_STEMS,
  parseArabicNumeral,
  parseArabicNumeralIn,
  parseChineseNumeral,
  parseChineseNumeralIn,
  stemOrdinal,
} from './numerals.js'
import { styleIdOf, variantId } from './styles.js'

export interface MarkerMatch {
  marker: Marker
  /** Characters the marker occupies, trailing blanks included: the heading text starts here. */
  length: number
  /**
   * The style's variant ("是", "要", "，", "个" …): items of one list usually share it, so a list is
   * continued by an item of the same variant before one of another variant of a compatible style.
   */
  variant: string
  /**
   * `STYLE_ID[marker.style]` and `variantId(variant)`, worked out once per match: code that compares
   * many markers reads numbers (a lookup by the style's name goes through V8's megamorphic property
   * cache, some 50 instructions, and the parser asked it three or four times of each lead).
   */
  styleId: number
  variantId: number
}

/** A match as a plain object, made by a constructor (see src/nodes.ts: no allocation site). */
const MarkerMatchRecord = plainObjects(function (
  this: MarkerMatch,
  marker: Marker,
  length: number,
  variant: string,
) {
  this.marker = marker
  this.length = length
  this.variant = variant
  this.styleId = styleIdOf(marker.style)
  this.variantId = variantId(variant)
})

const CN = `[${CHINESE_NUMERAL_CLASS}]{1,4}`
const DG = `[${DIGIT_CLASS}]{1,3}`
const BLANKS = '[\\s\\u3000]*'

const PART_RE = new RegExp(`第(${CN}|${DG})(部分|章|编|篇|節|节)[、，,：:．.]?${BLANKS}`, 'y')
const ASPECT_RE = /(另一方面|一方面)(是|要)?([，,、：:])?/y
const STEM_RE = /([甲乙丙丁戊己庚辛壬癸])(、|．|\.|\u3000|[ \t])[\s\u3000]*/y

/** What may follow a one-character marker (① ⑴ ㈠ ⒈) before its blanks. */
const SINGLE_CHAR_PUNCT = charTable('、，,．.')

/** First characters of what may follow the number of an ordinal marker (noun, verb, punctuation). */
const ORDINAL_FOLLOW = charTable('个個方点點条條是要，,、：:．.')

/**
 * An output node's `marker` with its ordinal resolved (最后 → the item after its predecessor): the
 * marker itself when the ordinal is already right (a node's marker is its own copy), else a copy.
 */
export function withOrdinal(marker: Marker, ordinal: number): Marker {
  return marker.ordinal === ordinal ? marker : copyMarker(marker, ordinal)
}

/** Set phrases that start like a marker but are words: 第一要务, 第一要素, 第一要义. */
const ORDINAL_YAO_WORDS = new Set(['务', '務', '素', '义', '義'])

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

function numberOf(token: string): number | null {
  return parseChineseNumeral(token) ?? parseArabicNumeral(token)
}

function result(
  text: string,
  at: number,
  m: RegExpExecArray,
  style: MarkerStyle,
  ordinal: number,
  variant: string,
): MarkerMatch {
  return resultOf(text, at, m[0].length, style, ordinal, variant)
}

/** A match of `consumed` characters at `at`; the raw marker leaves out trailing blanks. */
function resultOf(
  text: string,
  at: number,
  consumed: number,
  style: MarkerStyle,
  ordinal: number,
  variant: string,
): MarkerMatch {
  let rawEnd = at + consumed
  while (rawEnd > at && isWhiteSpace(text.charCodeAt(rawEnd - 1))) rawEnd--
  return sharedMatch(shortSlice(text, at, rawEnd), style, ordinal, consumed, variant)
}

/**
 * Recently made matches, by a hash of their fields. A document repeats a few dozen markers
 * ("一、", "（二）", "三是") thousands of times, and the parser keeps a match for each paragraph it
 * opens until the paragraphs are classified: each distinct match is made once and shared. A shared
 * match and its marker are never changed, and never handed out: the output nodes and the public
 * `matchBlockMarker` / `matchInlineMarker` get copies (`copyMarker`, `copyMatch`).
 */
const MATCHES: Array<MarkerMatch | undefined> = new Array(256).fill(undefined)

function sharedMatch(
  raw: string,
  style: MarkerStyle,
  ordinal: number,
  consumed: number,
  variant: string,
): MarkerMatch {
  // The middle character tells （一） from （1）, which agree in everything else the hash reads.
  const slot =
    (raw.charCodeAt(0) * 31 +
      raw.charCodeAt(raw.length >> 1) * 17 +
      raw.length * 7 +
      ordinal * 5 +
      consumed) &
    255
  const cached = MATCHES[slot]
  // styleId and variantId follow from style and variant.
  if (
    cached !== undefined &&
    cached.length === consumed &&
    cached.marker.ordinal === ordinal &&
    cached.marker.raw === raw &&
    cached.marker.style === style &&
    cached.variant === variant
  )
    return cached
  const made = new MarkerMatchRecord(new MarkerNode(raw, style, ordinal), consumed, variant)
  MATCHES[slot] = made
  return made
}

/** A new marker like `marker`, numbered `ordinal`: what an output node holds. */
export function copyMarker(marker: Marker, ordinal = marker.ordinal): Marker {
  return new MarkerNode(marker.raw, marker.style, ordinal)
}

function copyMatch(match: MarkerMatch | null): MarkerMatch | null {
  return match === null ? null : new MarkerMatchRecord(copyMarker(match.marker), match.length, match.variant)
}

/** Length of the run of Chinese numeral characters at `at`, counted up to `max + 1`. */
function numeralRun(text: string, at: number, max: number): number {
  let end = at
  while (end - at <= max && end < text.length && CN_CODE[text.charCodeAt(end)] === 1) end++
  return end - at
}

/** Index past the blanks ([\\s\\u3000]*) at `at`. */
function skipWhiteSpace(text: string, at: number): number {
  let end = at
  while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++
  return end
}

function matchOrdinal(text: string, at: number): MarkerMatch | null {
  // The number after 第: up to four numeral characters or three digits.
  const cn = numeralRun(text, at + 1, 4)
  const run = cn > 0 ? cn : digitRun(text, at + 1, 3)
  // 第一部分, 第二章: the expression runs only when the word for a part follows the number.
  const part = PART_WORD_START[codeAt(text, at + 1 + run)] === 1 ? exec(PART_RE, text, at) : null
  if (part) {
    const n = numberOf(part[1]!)
    if (n === null) return null
    const isSection = part[2] === '节' || part[2] === '節'
    return result(text, at, part, isSection ? 'section' : 'part', n, part[2]!)
  }
  // 第 + number, then optionally a noun (个问题, 方面, 点 …), 是/要, one punctuation mark or blank, and
  // blanks: scanned by hand, in the order of the grammar's alternatives.
  if (run === 0 || run > (cn > 0 ? 4 : 3)) return null
  let end = at + 1 + run
  // 第一次, 第十六位: nothing that can follow an ordinal marker comes after the number.
  const after = codeAt(text, end)
  if (ORDINAL_FOLLOW[after] !== 1 && !isWhiteSpace(after)) return null
  const n = cn > 0 ? parseChineseNumeralIn(text, at + 1, end) : parseArabicNumeralIn(text, at + 1, end)
  if (n === null) return null
  let noun = ''
  if (ORDINAL_NOUN_FIRST[after] === 1) {
    for (const word of ORDINAL_NOUNS) {
      if (text.startsWith(word, end)) {
        noun = word
        end += word.length
        break
      }
    }
  }
  const verbCode = text.charCodeAt(end)
  const verb = verbCode === 0x662f /* 是 */ || verbCode === 0x8981 /* 要 */ ? text[end++]! : ''
  const punctCode = codeAt(text, end)
  const punct = ORDINAL_PUNCT[punctCode] === 1 || isWhiteSpace(punctCode) ? text[end++]! : ''
  end = skipWhiteSpace(text, end)
  if (!noun && !verb && !punct) return null // 第一次, 第一书记, 第一责任
  if (verb === '要' && ORDINAL_YAO_WORDS.has(text[end] ?? '')) return null
  const measure = noun.startsWith('个') || noun.startsWith('個')
  if (measure && noun.length > 1 && !punct) {
    // 第一个问题是… reads as the marker 第一个 and the text 问题是…; 第一个问题， is a marker whole.
    const short = `第${text.slice(at + 1, at + 1 + run)}${noun[0]!}`
    return new MarkerMatchRecord(new MarkerNode(short, 'ordinal', n), short.length, '个')
  }
  const variant = (noun ? (measure ? '个' : noun) : '') + verb
  return resultOf(text, at, end - at, 'ordinal', n, variant || '，')
}

/** First characters of the words after the number of a part marker (部分 章 编 篇 节). */
const PART_WORD_START = charTable('部章编篇節节')

/** The nouns of 第一个问题, 第一方面, 第一点 …, in the order the grammar tries them (longest first). */
const ORDINAL_NOUNS = ['个问题', '個問題', '个方面', '個方面', '方面', '点', '點', '条', '條', '个', '個']
/** First characters of ORDINAL_NOUNS: the nouns are looked for only after one of them. */
const ORDINAL_NOUN_FIRST = charTable(ORDINAL_NOUNS.map((word) => word[0]).join(''))
/** The punctuation that may close an ordinal marker (blanks are checked apart). */
const ORDINAL_PUNCT = charTable('，,、：:．.')

/** Second characters of 首先 其次 再次 最后 最後. */
const SEQUENCE_SECOND = charTable('先次后後')

/** 首先 其次 再次 最后 最後, and the ordinal each gives (最后: the item after the one before it). */
const SEQUENCE_WORDS = ['首先', '其次', '再次', '最后', '最後']
const SEQUENCE_ORDINALS = [1, 2, 3, 0, 0]
/** The nouns of 最后一点, 其次一条, 首先一个问题 … (none is the start of another). */
const SEQUENCE_NOUNS = ['一点', '一點', '一条', '一條', '一个问题', '一個問題']
/** First characters of SEQUENCE_NOUNS: the nouns are looked for only after one of them. */
const SEQUENCE_NOUN_FIRST = charTable(SEQUENCE_NOUNS.map((word) => word[0]).join(''))
/** The punctuation that may close a sequence marker. */
const SEQUENCE_PUNCT = charTable('，,、：:')

/**
 * 首先 其次 再次 最后, then optionally a noun (一点, 一个问题 …), 是/要, one punctuation mark, and
 * blanks: scanned by hand, each part taken when present (the grammar's parts are all optional).
 */
function matchSequence(text: string, at: number): MarkerMatch | null {
  // 其中, 最大, 首都: the second character already tells these from 首先 其次 再次 最后.
  if (SEQUENCE_SECOND[codeAt(text, at + 1)] !== 1) return null
  let word = -1
  for (let w = 0; w < SEQUENCE_WORDS.length; w++) {
    if (text.startsWith(SEQUENCE_WORDS[w]!, at)) {
      word = w
      break
    }
  }
  if (word < 0) return null
  let end = at + 2
  let more = false // a noun, a verb or a punctuation mark follows the word
  if (SEQUENCE_NOUN_FIRST[codeAt(text, end)] === 1) {
    for (const noun of SEQUENCE_NOUNS) {
      if (text.startsWith(noun, end)) {
        end += noun.length
        more = true
        break
      }
    }
  }
  const verb = codeAt(text, end)
  if (verb === 0x662f /* 是 */ || verb === 0x8981 /* 要 */) {
    end++
    more = true
  }
  if (SEQUENCE_PUNCT[codeAt(text, end)] === 1) {
    end++
    more = true
  }
  end = skipWhiteSpace(text, end)
  const ordinal = SEQUENCE_ORDINALS[word]!
  // 最后一公里 is a word; 最后一点， (matched above) is the last item of a list.
  const next = codeAt(text, end)
  if (ordinal === 0 && !more && (CN_CODE[next] === 1 || isDigitCode(next))) return null
  return resultOf(text, at, end - at, 'sequence', ordinal, 'sequence')
}

/** The one-character markers, range by range: first and last code, style, the first's ordinal, variant. */
const SINGLE_CHAR_RANGES: ReadonlyArray<{
  first: number
  last: number
  style: MarkerStyle
  ordinal: number
  variant: string
}> = [
  { first: 0x2460, last: 0x2473, style: 'circled', ordinal: 1, variant: 'circled' }, // ① … ⑳
  { first: 0x3251, last: 0x325f, style: 'circled', ordinal: 21, variant: 'circled' }, // ㉑ … ㉟
  { first: 0x32b1, last: 0x32bf, style: 'circled', ordinal: 36, variant: 'circled' }, // ㊱ … ㊿
  { first: 0x2474, last: 0x2487, style: 'arabic-paren', ordinal: 1, variant: 'paren-char' }, // ⑴ … ⒇
  { first: 0x3220, last: 0x3229, style: 'chinese-paren', ordinal: 1, variant: 'paren-char' }, // ㈠ … ㈩
  { first: 0x2488, last: 0x249b, style: 'arabic', ordinal: 1, variant: 'stop-char' }, // ⒈ … ⒛
]

/** ① ⑴ ㈠ ⒈ …: one character, then an optional 、，,．. and blanks. */
function matchSingleChar(text: string, at: number): MarkerMatch | null {
  const code = text.charCodeAt(at)
  for (let r = 0; r < SINGLE_CHAR_RANGES.length; r++) {
    const range = SINGLE_CHAR_RANGES[r]!
    if (code < range.first || code > range.last) continue
    let end = at + 1
    if (SINGLE_CHAR_PUNCT[codeAt(text, end)] === 1) end++
    end = skipWhiteSpace(text, end)
    return resultOf(text, at, end - at, range.style, range.ordinal + code - range.first, range.variant)
  }
  return null
}

/** （一） (1) （1）: the bracket, up to four numerals or three digits, the closer, then punctuation and blanks. */
function matchBracketed(text: string, at: number): MarkerMatch | null {
  const open = text.charCodeAt(at)
  if (open !== 0xff08 /* （ */ && open !== 0x28 /* ( */) return null
  const variant = open === 0x28 ? '(' : '（'
  const cn = numeralRun(text, at + 1, 4)
  if (cn >= 1 && cn <= 4 && isCloser(text.charCodeAt(at + 1 + cn))) {
    const n = parseChineseNumeralIn(text, at + 1, at + 1 + cn)
    if (n !== null)
      return resultOf(text, at, afterCloser(text, at + 2 + cn) - at, 'chinese-paren', n, variant)
  }
  const ar = digitRun(text, at + 1, 3)
  if (ar >= 1 && ar <= 3 && isCloser(text.charCodeAt(at + 1 + ar))) {
    const n = parseArabicNumeralIn(text, at + 1, at + 1 + ar)
    if (n !== null) return resultOf(text, at, afterCloser(text, at + 2 + ar) - at, 'arabic-paren', n, variant)
  }
  return null
}

function isCloser(code: number): boolean {
  return code === 0xff09 /* ） */ || code === 0x29 /* ) */
}

const CLOSER_PUNCT = charTable('、，,．.')

/** Index past an optional [、，,．.] and the blanks after a closing bracket at `at`. */
function afterCloser(text: string, at: number): number {
  return skipWhiteSpace(text, CLOSER_PUNCT[codeAt(text, at)] === 1 ? at + 1 : at)
}

/** The verbs of 一是 二要 三则 (則). */
const ENUMERATION_VERB = charTable('是要则則')
/** Each verb as a string, by its code (the variant of its match: shared, not sliced per match). */
const ENUMERATION_VERBS: Record<number, string> = Object.fromEntries(
  [...'是要则則'].map((v) => [v.charCodeAt(0), v]),
)

/** 一是, 二要, 三则: up to three numeral characters and the verb (hand-written: the commonest markers). */
function matchEnumeration(text: string, at: number): MarkerMatch | null {
  const first = text.charCodeAt(at)
  if (first === 0x4e24 /* 两 */ || first === 0x5169 /* 兩 */) return null
  const run = numeralRun(text, at, 3)
  if (run === 0 || run > 3) return null
  const verb = codeAt(text, at + run)
  if (ENUMERATION_VERB[verb] !== 1) return null
  const n = parseChineseNumeralIn(text, at, at + run)
  if (n === null || n > 30) return null
  const style: MarkerStyle = verb === 0x8981 ? 'enum-yao' : 'enum-shi'
  return resultOf(text, at, run + 1, style, n, ENUMERATION_VERBS[verb]!)
}

/** 一、 一． 一. and "一　": up to four numeral characters, the punctuation, then blanks. */
function matchChinese(text: string, at: number): MarkerMatch | null {
  const run = numeralRun(text, at, 4)
  if (run === 0 || run > 4) return null
  const punct = text.charCodeAt(at + run)
  const comma = punct === 0x3001 /* 、 */
  const stop = punct === 0xff0e /* ． */ || punct === 0x2e /* . */
  if (!comma && !stop && punct !== 0x3000 && punct !== 0x20 && punct !== 0x09) return null
  const n = parseChineseNumeralIn(text, at, at + run)
  if (n === null || n > 99) return null
  const end = skipWhiteSpace(text, at + run + 1)
  if (end >= text.length) return null
  const next = text.charCodeAt(end)
  // 一、二线城市 and 一、二级 list numerals; 一、二〇二三年工作回顾 and 一、2023年工作回顾 are headings.
  if (comma && CN_CODE[next] === 1 && CN_CODE[codeAt(text, end + 1)] !== 1) return null
  if (stop && isDigitCode(next)) return null
  return resultOf(text, at, end - at, 'chinese', n, comma ? '、' : stop ? '.' : ' ')
}

/** 1. 1、 "1　" (inline: 1. 1、 only) and, at a paragraph start, 1): up to three digits. */
function matchArabic(text: string, at: number, inline: boolean): MarkerMatch | null {
  const run = digitRun(text, at, 3)
  if (run === 0 || run > 3) return null
  const p = text.charCodeAt(at + run)
  const stop = p === 0x2e /* . */ || p === 0xff0e /* ． */
  const comma = p === 0x3001 /* 、 */
  const blank = !inline && (p === 0x3000 || p === 0x20 || p === 0x09)
  if (stop || comma || blank) {
    const end = inline ? at + run + 1 : skipWhiteSpace(text, at + run + 1)
    const next = text.charCodeAt(end)
    const n = parseArabicNumeralIn(text, at, at + run)
    if (
      n !== null &&
      n > 0 &&
      end < text.length &&
      !isDigitCode(next) &&
      !(blank && (isWhiteSpace(next) || next === 0x25 || next === 0xff05 || next === 0x2e || next === 0xff0e))
    ) {
      return resultOf(text, at, end - at, 'arabic', n, comma ? '、' : blank ? ' ' : '.')
    }
  }
  if (inline || !isCloser(p)) return null
  const n = parseArabicNumeralIn(text, at, at + run)
  if (n !== null && n > 0)
    return resultOf(text, at, skipWhiteSpace(text, at + run + 1) - at, 'arabic-paren', n, ')')
  return null
}

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/** Length of the run of ASCII or full-width digits at `at`, counted up to `max + 1`. */
function digitRun(text: string, at: number, max: number): number {
  let end = at
  while (end - at <= max && end < text.length && isDigitCode(text.charCodeAt(end))) end++
  return end - at
}

function matchStem(text: string, at: number): MarkerMatch | null {
  const m = exec(STEM_RE, text, at)
  if (!m) return null
  const n = stemOrdinal(m[1]!)
  if (n === null || (text[at + m[0].length] ?? '') === '') return null
  return result(text, at, m, 'stem', n, m[2] === '、' ? '、' : ' ')
}

/** Second characters of 一方面 and 另一方面. */
const ASPECT_SECOND = charTable('方一')

function matchAspect(text: string, at: number): MarkerMatch | null {
  // 一年来, 另外: only 一方面 and 另一方面 go on.
  if (ASPECT_SECOND[codeAt(text, at + 1)] !== 1) return null
  const m = exec(ASPECT_RE, text, at)
  if (!m) return null
  return result(text, at, m, 'aspect', m[1] === '一方面' ? 1 : 2, 'aspect')
}

const CN_CODE = charTable(CHINESE_NUMERAL_CLASS)
/** First characters of 首先 其次 再次 最后 最後. */
const SEQUENCE_FIRST = charTable('首其再最')
const STEM_CODE = charTable(HEAVENLY_STEMS)

/**
 * Recognises a numbering marker at the start of a paragraph (`at` is where its text begins).
 * Returns null for false friends such as 第一次, 一、二线城市, 1.5亿元, 最后一公里.
 */
export function matchBlockMarker(text: string, at = 0): MarkerMatch | null {
  return copyMatch(blockMarkerAt(text, at))
}

/** matchBlockMarker for the parser: the match may be shared (see sharedMatch), to be read only. */
export function blockMarkerAt(text: string, at = 0): MarkerMatch | null {
  const code = text.charCodeAt(at)
  // One table lookup turns away the many paragraphs that cannot start with a marker.
  if (Number.isNaN(code) || (CHAR_FLAGS[code]! & 1) === 0) return null
  // Dispatched on the character's code: text[at] would make a string of it.
  if (code === 0x7b2c /* 第 */) return matchOrdinal(text, at)
  if (SEQUENCE_FIRST[code] === 1) return matchSequence(text, at)
  if (code === 0xff08 /* （ */ || code === 0x28 /* ( */) return matchBracketed(text, at)
  if (CN_CODE[code] === 1) return matchEnumeration(text, at) ?? matchChinese(text, at)
  if (isDigitCode(code)) return matchArabic(text, at, false)
  if (STEM_CODE[code] === 1) return matchStem(text, at)
  return matchSingleChar(text, at)
}

/**
 * Recognises a marker that may introduce an item of an inline enumeration at `at`. The caller
 * decides that `at` follows a clause boundary. Chinese 一、 is never inline (一、二线城市).
 */
export function matchInlineMarker(text: string, at: number): MarkerMatch | null {
  return copyMatch(inlineMarkerAt(text, at))
}

/** matchInlineMarker for the parser: the match may be shared (see sharedMatch), to be read only. */
export function inlineMarkerAt(text: string, at: number): MarkerMatch | null {
  const code = text.charCodeAt(at)
  if (Number.isNaN(code) || (CHAR_FLAGS[code]! & 1) === 0) return null
  if (code === 0x7b2c /* 第 */) {
    const m = matchOrdinal(text, at)
    return m && m.marker.style === 'ordinal' ? m : null
  }
  if (SEQUENCE_FIRST[code] === 1) return matchSequence(text, at)
  if (code === 0x4e00 /* 一 */ || code === 0x53e6 /* 另 */) {
    const aspect = matchAspect(text, at)
    if (aspect) return aspect
  }
  if (code === 0xff08 /* （ */ || code === 0x28 /* ( */) return matchBracketed(text, at)
  if (CN_CODE[code] === 1) return matchEnumeration(text, at)
  if (isDigitCode(code)) return matchArabic(text, at, true)
  const single = matchSingleChar(text, at)
  return single && single.marker.style !== 'arabic' ? single : null
}

/** Characters after which an inline enumeration item may begin. */
const CLAUSE_BOUNDARY_CHARS = '。！？；：，!?;:,\n \u3000\t'

/** Characters a marker may start with. */
const MARKER_START_CHARS = `第首其再最另（(${CHINESE_NUMERAL_CLASS}0123456789０１２３４５６７８９甲乙丙丁戊己庚辛壬癸`

/** One byte per UTF-16 code unit: bit 1 = may start a marker, bit 2 = clause boundary. */
const CHAR_FLAGS = buildCharFlags()

function buildCharFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000)
  for (const ch of MARKER_START_CHARS) flags[ch.charCodeAt(0)]! |= 1
  const ranges: Array<[number, number]> = [
    [0x2460, 0x2473], // ① … ⑳
    [0x3251, 0x325f], // ㉑ … ㉟
    [0x32b1, 0x32bf], // ㊱ … ㊿
    [0x2474, 0x2487], // ⑴ … ⒇
    [0x2488, 0x249b], // ⒈ … ⒛
    [0x3220, 0x3229], // ㈠ … ㈩
  ]
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) flags[c]! |= 1
  for (const ch of CLAUSE_BOUNDARY_CHARS) flags[ch.charCodeAt(0)]! |= 2
  return flags
}

export function isClauseBoundary(ch: string | undefined): boolean {
  return ch === undefined || (CHAR_FLAGS[ch.charCodeAt(0)]! & 2) !== 0
}

/** Quick filter: can a marker start with this character at all? */
export function mayStartMarker(ch: string): boolean {
  return (CHAR_FLAGS[ch.charCodeAt(0)]! & 1) !== 0
}

/** Code-unit forms of the two filters, for scanning loops. */
export function mayStartMarkerCode(code: number): boolean {
  return (CHAR_FLAGS[code]! & 1) !== 0
}

export function isClauseBoundaryCode(code: number): boolean {
  return (CHAR_FLAGS[code]! & 2) !== 0
}

keepShape(new MarkerMatchRecord(new MarkerNode('一、', 'chinese', 1), 2, ''))
