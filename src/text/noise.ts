/**
 * Noise lines: text that is not part of the speech (advertising, web page furniture, page numbers,
 * drawn boxes, HTML and image lines). Each is dropped into `removed` with its reason.
 */
import type { RemovedReason } from '../schema.js'

const PAGE_NUMBER =
  /^(?:[-—－–~～\s]*\d{1,4}[-—－–~～\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/
const DECORATION = /^[\s\u3000┌┐└┘├┤┬┴┼─│━┃═║╔╗╚╝╠╣╦╩╬╭╮╯╰\-=_*~～·•…—]+$/
const HTML_LINE = /^(?:<\/?[A-Za-z][^<>]*>\s*)+$/
const HTML_IMAGE = /^<img\b[^<>]*>$/i
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/
const WEB_FURNITURE = [
  /^【[^】]{0,12}(打印|关闭|收藏|字体|字号|返回|顶部|分享|评论|纠错)[^】]{0,12}】/,
  /^(上一篇|下一篇|上一页|下一页|相关阅读|相关文章|相关链接|责任编辑|编辑|来源|发布时间|发布日期|浏览次数|阅读次数|点击数|点击量|字号|分享到)\s*[:：]/,
  /^[（(]\s*(来源|稿件来源|作者单位|责任编辑)\s*[:：][^）)]*[）)]$/,
  /^(返回顶部|打印本页|关闭窗口|【?打印正文】?|分享到[:：]?.*)$/,
]
const ADVERTISING = [
  /(https?:\/\/|www\.)\S+/i,
  /更多.{0,20}(请访问|请关注|下载)/,
  /(QQ群|微信群|公众号|二维码|扫码|加微|客服微信|订阅|会员|倒卖|禁止外传|仅供学习|版权所有|转载请|免费领取|VIP)/i,
]

/** Lines longer than this are speech text even when they mention a keyword. */
const MAX_NOISE_LENGTH = 60

export function classifyNoise(text: string): RemovedReason | null {
  if (text.length === 0) return null
  if (PAGE_NUMBER.test(text)) return 'page-number'
  if (DECORATION.test(text)) return 'decoration'
  if (HTML_IMAGE.test(text) || MARKDOWN_IMAGE.test(text)) return 'image'
  if (HTML_LINE.test(text)) return 'html'
  if (text.length > MAX_NOISE_LENGTH) return null
  for (const re of WEB_FURNITURE) if (re.test(text)) return 'web-furniture'
  for (const re of ADVERTISING) if (re.test(text)) return 'advertising'
  return null
}
