/**
 * The frame around a speech: title, subtitle, speaker, date and salutation at the top, and what
 * comes before the title (advertising, a scraped summary that repeats the title and opening).
 */
import { blockMarkerAt } from '../markers/match.js'
import type { RemovedReason } from '../schema.js'
import { classifyNoise } from '../text/noise.js'
import { hasInnerSentenceEnd } from '../text/sentence.js'
import { Span } from '../text/span.js'
import type { ContentLine } from './content-lines.js'

export interface FrameField {
  line: number
  span: Span
}

export interface Frame {
  title: FrameField | null
  subtitle: FrameField | null
  author: FrameField | null
  date: FrameField | null
  salutation: FrameField | null
  /** Lines dropped because of where they stand (before the title, a scraped summary). */
  removed: Array<{ line: number; reason: RemovedReason }>
  /** Index into the content lines where the body begins. */
  bodyStart: number
  /** When the salutation opens the first body line ("同志们：今天…"), the body text after it. */
  firstBodyRest: Span | null
}

const TITLE_WORDS =
  /(讲话|發言|发言|致辞|致詞|講話|讲稿|报告|報告|党课|黨課|讲义|辅导|演讲|總結|总结|贺词|动员|部署会|在.{1,40}(会|會|式|班|典礼|仪式|论坛|座谈|上))/
const SALUTATION =
  /^(?:尊敬的)?[^。！？；]{0,40}?(?:同志们|同志們|同志|代表们|各位代表|各位领导|各位来宾|来宾们|朋友们|同学们|老师们|女士们|先生们|委员们|大家好|各位)[^。！？；：:]{0,20}?[：:！!]/
const DATE_LINE =
  /^[（(]?\s*(?:\d{4}\s*[年.\-/／]\s*\d{1,2}\s*[月.\-/／]\s*\d{1,2}(?:\s*日)?|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$/
const SUBTITLE = /^(——|—|－－|--|-)/
const MAX_TITLE = 60
const MAX_SCAN = 15

function isShortLine(text: string): boolean {
  return text.length > 0 && text.length <= MAX_TITLE && !hasInnerSentenceEnd(text)
}

function isTitleCandidate(text: string): boolean {
  return isShortLine(text) && !/[。，；、：:,;]$/.test(text) && blockMarkerAt(text) === null
}

/** Matches a salutation at the start of the text; returns its length, or 0. */
/** A line that is a salutation without its colon: "同志们", "各位代表、同志们". */
const BARE_SALUTATION =
  /^(?:尊敬的)?[^。！？；，,：:]{0,20}(?:同志们|同志們|朋友们|代表们|各位代表|各位来宾|同学们|老师们|女士们、?先生们)$/

export function salutationLength(text: string): number {
  if (BARE_SALUTATION.test(text)) return text.length
  const m = SALUTATION.exec(text)
  if (!m || m[0].length > 44) return 0
  return m[0].length
}

function isScrapedSummary(text: string, later: readonly ContentLine[]): boolean {
  if (text.length <= MAX_TITLE && !/(\.\.\.|…)$/.test(text)) return false
  for (const other of later) {
    const head = other.span.text
    if (head.length >= 4 && head !== text && text.startsWith(head)) return true
  }
  return /(\.\.\.|…)$/.test(text) && text.length > MAX_TITLE
}

/**
 * How many content lines at the top the frame detector reads: titles are looked for among the first
 * 15, and what follows a title (its second line, scraped summaries, subtitle, speaker, date,
 * salutation) reaches at most 7 lines further.
 */
export const FRAME_LINES = 40

/** Detects the frame among the first content lines (at least `FRAME_LINES` of them when there are more). */
export function detectFrame(lines: readonly ContentLine[]): Frame {
  const frame: Frame = {
    title: null,
    subtitle: null,
    author: null,
    date: null,
    salutation: null,
    removed: [],
    bodyStart: 0,
    firstBodyRest: null,
  }
  const scraped = new Set<number>()
  let titleAt = -1
  let firstCandidate = -1
  const limit = Math.min(lines.length, MAX_SCAN)
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.span.text
    if (isScrapedSummary(text, lines.slice(i + 1, i + 6))) {
      scraped.add(i)
      continue
    }
    if (salutationLength(text) > 0 || blockMarkerAt(text) !== null) break
    if (!isShortLine(text)) break
    if (!isTitleCandidate(text)) continue
    if (firstCandidate < 0) firstCandidate = i
    if (TITLE_WORDS.test(text) || lines[i]!.markdownHeading === 1) {
      titleAt = SUBTITLE.test(text) && i > 0 && i - 1 === firstCandidate ? i - 1 : i
      break
    }
  }
  if (titleAt < 0 && firstCandidate >= 0 && firstCandidate === firstUnscraped(scraped, lines.length)) {
    titleAt = firstCandidate
  }

  let next = 0
  if (titleAt >= 0) {
    for (let i = 0; i < titleAt; i++) {
      const text = lines[i]!.span.text
      const reason: RemovedReason = scraped.has(i)
        ? 'scraped-summary'
        : classifyNoise(text) === 'advertising' || /[QqＱ][QqＱ]|会员|订阅|分享|平台/.test(text)
          ? 'advertising'
          : 'before-title'
      frame.removed.push({ line: lines[i]!.line, reason })
    }
    frame.title = { line: lines[titleAt]!.line, span: lines[titleAt]!.span }
    next = titleAt + 1
    // A title broken over two lines ("在全市工作会议" + "上的讲话") is joined.
    const rest = lines[next]
    if (rest && isTitleTail(frame.title.span.text, rest.span.text)) {
      frame.title = { line: frame.title.line, span: Span.concat([frame.title.span, rest.span]) }
      next++
    }
    // Scraped summaries may also follow the title line they repeat.
    while (next < lines.length && scraped.has(next)) {
      frame.removed.push({ line: lines[next]!.line, reason: 'scraped-summary' })
      next++
    }
    next = readFrameLines(lines, next, frame)
  } else {
    for (let i = 0; i < lines.length && scraped.has(i); i++) {
      frame.removed.push({ line: lines[i]!.line, reason: 'scraped-summary' })
      next = i + 1
    }
  }

  const first = lines[next]
  if (first) {
    const length = salutationLength(first.span.text)
    if (length > 0) {
      frame.salutation = { line: first.line, span: first.span.slice(0, length) }
      const rest = first.span.slice(length).trim()
      if (rest.length > 0) frame.firstBodyRest = rest
      else next++
    }
  }
  frame.bodyStart = next
  return frame
}

const TITLE_END = /(讲话|講話|报告|報告|发言|發言|致辞|致詞|讲稿|党课|黨課|讲义|演讲|总结|贺词)$/

/** Is `tail` the rest of a title broken over two lines ("…工作会议" + "上的讲话")? */
function isTitleTail(title: string, tail: string): boolean {
  return (
    !TITLE_END.test(title) &&
    TITLE_END.test(tail) &&
    tail.length <= 20 &&
    !SUBTITLE.test(tail) &&
    isTitleCandidate(tail) &&
    title.length + tail.length <= MAX_TITLE
  )
}

function firstUnscraped(scraped: ReadonlySet<number>, count: number): number {
  for (let i = 0; i < count; i++) if (!scraped.has(i)) return i
  return -1
}

/** Subtitle, speaker and date lines right under the title. */
function readFrameLines(lines: readonly ContentLine[], from: number, frame: Frame): number {
  let i = from
  for (; i < lines.length && i < from + 4; i++) {
    const { span, line } = lines[i]!
    const text = span.text
    if (frame.subtitle === null && SUBTITLE.test(text) && isShortLine(text)) {
      frame.subtitle = { line, span }
      continue
    }
    if (frame.date === null && DATE_LINE.test(text)) {
      frame.date = { line, span }
      continue
    }
    if (
      frame.author === null &&
      looksLikeSpeaker(text) &&
      blockMarkerAt(text) === null &&
      isAuthorFollower(lines[i + 1]?.span.text)
    ) {
      frame.author = { line, span }
      continue
    }
    break
  }
  return i
}

/** "张三", "市委书记　张三", "（张三）", "×××": a name, optionally after a post, or in brackets. */
const SPEAKER =
  /^(?:[^\s\u3000，,、；;。！？：:]{2,12}[\s\u3000]+)?[\u4e00-\u9fa5×XＸ·•](?:[\s\u3000]?[\u4e00-\u9fa5×XＸ·•]){1,3}$|^[（(][^）)，,。]{2,16}[）)]$/
/** Words that make a short line a heading or a salutation, not a name. */
const NOT_A_NAME =
  /(同志|朋友|代表|来宾|情况|问题|工作|意见|要求|建设|发展|总结|前言|引言|说明|概述|目标|任务|措施|结语|附件|讲话|报告)/

function looksLikeSpeaker(text: string): boolean {
  return SPEAKER.test(text) && !NOT_A_NAME.test(text)
}

/** A speaker line is followed by a date, a salutation or a body paragraph, not by more short lines. */
function isAuthorFollower(text: string | undefined): boolean {
  if (text === undefined) return false
  return (
    DATE_LINE.test(text) || salutationLength(text) > 0 || text.length > MAX_TITLE || hasInnerSentenceEnd(text)
  )
}
