/**
 * Noise lines: text that is not part of the speech (advertising, web page furniture, page numbers,
 * drawn boxes, HTML and image lines). Each is dropped into `removed` with its reason.
 *
 * Most lines are speech text, so each pattern is tried only when the line's first character (or,
 * for advertising, one of its characters) can begin a match: one table lookup instead of a regex.
 */
import type { RemovedReason } from '../schema.js'
import { WHITE_SPACE } from './chars.js'

const PAGE_NUMBER =
  /^(?:[-—－–~～\s]*\d{1,4}[-—－–~～\s]*|第\s*\d{1,4}\s*页(?:(?:\s*[,，/／])?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/
const DECORATION_CHARS = '\u3000┌┐└┘├┤┬┴┼─│━┃═║╔╗╚╝╠╣╦╩╬╭╮╯╰-=_*~～·•…—'
const DECORATION = new RegExp(`^[\\s${DECORATION_CHARS.replace('-', '\\-')}]+$`)
const HTML_LINE = /^(?:<\/?[A-Za-z][^<>]*>\s*)+$/
const HTML_IMAGE = /^<img\b[^<>]*>$/i
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/
const WEB_FURNITURE =
  /^【[^】]{0,12}(打印|关闭|收藏|字体|字号|返回|顶部|分享|评论|纠错)[^】]{0,12}】|^(上一篇|下一篇|上一页|下一页|相关阅读|相关文章|相关链接|责任编辑|编辑|来源|发布时间|发布日期|浏览次数|阅读次数|点击数|点击量|字号|分享到)\s*[:：]|^[（(]\s*(来源|稿件来源|作者单位|责任编辑)\s*[:：][^）)]*[）)]$|^(返回顶部|打印本页|关闭窗口|【?打印正文】?|分享到[:：]?.*)$/
const ADVERTISING =
  /(https?:\/\/|www\.)\S|更多.{0,20}(请访问|请关注|下载)|QQ群|微信群|公众号|二维码|扫码|加微|客服微信|订阅|会员|倒卖|禁止外传|仅供学习|版权所有|转载请|免费领取|VIP/i

/** Lines longer than this are speech text even when they mention a keyword. */
const MAX_NOISE_LENGTH = 60

const PAGE = 1
const DECORATION_START = 2
const MARKUP = 4
const FURNITURE = 8
const ADVERTISING_CHAR = 16
const ADVERTISING_SECOND = 32

/**
 * For each first character of an advertising keyword, the characters that may follow it (会 is
 * common in speeches, 会员 is not): the expression runs only where a keyword's first two are.
 */
const ADVERTISING_PAIRS = new Map<number, string>(
  Object.entries({
    h: 'tT',
    H: 'tT',
    w: 'wW',
    W: 'wW',
    更: '多',
    Q: 'qQ',
    q: 'qQ',
    微: '信',
    公: '众',
    二: '维',
    扫: '码',
    加: '微',
    客: '服',
    订: '阅',
    会: '员',
    倒: '卖',
    禁: '止',
    仅: '供',
    版: '权',
    转: '载',
    免: '费',
    V: 'iI',
    v: 'iI',
  }).map(([first, seconds]) => [first.charCodeAt(0), seconds]),
)

/** Per UTF-16 code unit: which patterns a line starting with (or containing) it may match. */
const FLAGS = buildFlags()

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000)
  const mark = (chars: string, flag: number) => {
    for (const ch of chars) flags[ch.charCodeAt(0)]! |= flag
  }
  mark(`-—－–~～0123456789第Pp${WHITE_SPACE}`, PAGE)
  mark(`${DECORATION_CHARS}${WHITE_SPACE}`, DECORATION_START)
  mark('<!', MARKUP)
  mark('【上下相责编来发浏阅点字分（(返打关', FURNITURE)
  for (const [code, seconds] of ADVERTISING_PAIRS) {
    flags[code]! |= ADVERTISING_CHAR
    mark(seconds, ADVERTISING_SECOND)
  }
  return flags
}

function mayAdvertise(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    // Both characters' flags first: 会, 公 and 加 are common, a character that may follow them less so.
    if ((FLAGS[text.charCodeAt(i)]! & ADVERTISING_CHAR) === 0) continue
    if ((FLAGS[text.charCodeAt(i + 1)]! & ADVERTISING_SECOND) === 0) continue
    if (ADVERTISING_PAIRS.get(text.charCodeAt(i))!.includes(text[i + 1]!)) return true
  }
  return false
}

/**
 * Of the furniture lines, those that open with a bracket ("（来源：新华社）") all hold a colon: a line
 * such as "（一）" (a heading marker, as common as furniture is rare) is turned away without the
 * expression.
 */
function mayBeFurniture(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first !== 0xff08 /* （ */ && first !== 0x28 /* ( */) return true
  // A loop, not two `includes` calls: the line is short (MAX_NOISE_LENGTH at most), and on a text
  // of many "（一）" lines the two calls into the runtime cost more than reading its few characters.
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0xff1a /* ： */ || code === 0x3a /* : */) return true
  }
  return false
}

export function classifyNoise(text: string): RemovedReason | null {
  if (text.length === 0) return null
  const first = FLAGS[text.charCodeAt(0)]!
  if (first & PAGE && PAGE_NUMBER.test(text)) return 'page-number'
  if (first & DECORATION_START && DECORATION.test(text)) return 'decoration'
  if (first & MARKUP) {
    if (HTML_IMAGE.test(text) || MARKDOWN_IMAGE.test(text)) return 'image'
    if (HTML_LINE.test(text)) return 'html'
  }
  if (text.length > MAX_NOISE_LENGTH) return null
  if (first & FURNITURE && mayBeFurniture(text) && WEB_FURNITURE.test(text)) return 'web-furniture'
  if (mayAdvertise(text) && ADVERTISING.test(text)) return 'advertising'
  return null
}
