import type { Rule } from '../types.js'

/** Titles that say the text is a speech. */
const SPEECH = /讲话|講話|致辞|致詞|发言|發言|讲稿|講稿|演讲|演講|党课|黨課|报告会|報告會/

/**
 * `salutation-missing` — 讲话稿缺少称谓.
 *
 * A text that reads as a speech (its title says 讲话, 致辞, 发言, 演讲 …) has no salutation
 * such as "同志们：" or "各位代表：" before its body. Reported at the title. Fix: address the
 * audience on the line after the title (and the subtitle, speaker and date, if any). Off in the
 * gbt9704 preset: official documents carry a 主送机关 instead.
 *
 * Default severity: `warning` (speech), `off` (gbt9704).
 *
 * @example fails 1:1
 * 在全区工作会议上的讲话
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
export const salutationMissing: Rule = {
  id: 'salutation-missing',
  description: 'A speech (its title says 讲话, 致辞, 发言 …) has no salutation such as "同志们：".',
  descriptionZh: '讲话稿（标题含讲话、致辞、发言等）缺少“同志们：”等称谓。',
  severity: { speech: 'warning', gbt9704: 'off' },
  examples: {
    fails: '在全区工作会议上的讲话\n今天开会。\n一、总体\n正文。',
    reports: ['1:1'],
    passes: '在全区工作会议上的讲话\n同志们：\n今天开会。\n一、总体\n正文。',
  },
  check({ doc, report }) {
    if (doc.title === null || doc.salutation !== null || !doc.frame.title || !SPEECH.test(doc.title)) return
    report(
      {
        zh: '讲话稿缺少称谓：标题之后应有“同志们：”等称呼；应在正文前加上称谓',
        en: 'salutation missing: a speech addresses its audience ("同志们：") after the title; add one before the body',
      },
      doc.frame.title,
    )
  },
}
