import type { Position } from '../../schema.js'
import type { Rule } from '../types.js'

/**
 * `title-missing` — 缺少标题.
 *
 * The document has no title line: it opens with the salutation or the body. Reported at the
 * first line of the text. Fix: put the title ("在……上的讲话", "关于……的通知") on the first line.
 *
 * Default severity: `warning` (speech), `error` (gbt9704).
 *
 * @example fails 1:1
 * 同志们：
 * 今天开会。
 * 一、总体
 * 正文。
 *
 * @example passes
 * 在全区工作会议上的讲话
 * 同志们：
 * 今天开会。
 * 一、总体
 * 正文。
 */
export const titleMissing: Rule = {
  id: 'title-missing',
  description: 'The document has no title line.',
  descriptionZh: '缺少标题行。',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '同志们：\n今天开会。\n一、总体\n正文。',
    reports: ['1:1'],
    passes: '在全区工作会议上的讲话\n同志们：\n今天开会。\n一、总体\n正文。',
  },
  check({ doc, report }) {
    if (doc.title !== null) return
    const first: Position | undefined =
      doc.frame.salutation ??
      doc.preamble[0]?.position ??
      doc.sections[0]?.headingPosition ??
      doc.sections[0]?.position
    if (!first) return
    report(
      {
        zh: '缺少标题：文稿开头应有标题行；应在首行加上标题（如“在……上的讲话”）',
        en: 'title missing: the text opens without a title line; put the title on the first line',
      },
      { start: first.start, end: first.start },
    )
  },
}
