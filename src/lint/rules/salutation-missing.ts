import type { Rule } from '../types.js'

const SPEECH = /(讲话|講話|致辞|致詞|发言|發言|讲稿|演讲|动员|党课)/

/** A text that reads as a speech (its title says 讲话, 致辞, 发言…) but has no salutation. */
export const salutationMissing: Rule = {
  id: 'salutation-missing',
  description: 'A speech (its title says 讲话, 致辞, 发言 …) has no salutation such as "同志们：".',
  severity: { speech: 'warning', gbt9704: 'off' },
  examples: {
    fails: '在全区工作会议上的讲话\n今天开会。\n一、总体\n正文。',
    passes: '在全区工作会议上的讲话\n同志们：\n今天开会。\n一、总体\n正文。',
  },
  check({ doc, report }) {
    if (doc.title !== null && doc.salutation === null && SPEECH.test(doc.title) && doc.frame.title) {
      report(
        {
          zh: '讲话稿缺少称谓：标题之后宜有“同志们：”等称呼',
          en: 'salutation missing: a speech usually opens with "同志们：" or the like after its title',
        },
        doc.frame.title,
      )
    }
  },
}
