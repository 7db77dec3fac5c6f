import type { Rule } from '../types.js'

/** A document without a title line. */
export const titleMissing: Rule = {
  id: 'title-missing',
  description: 'The document has no title line.',
  severity: { speech: 'warning', gbt9704: 'error' },
  examples: {
    fails: '同志们：\n今天开会。\n一、总体\n正文。',
    passes: '在全区工作会议上的讲话\n同志们：\n今天开会。\n一、总体\n正文。',
  },
  check({ doc, report }) {
    if (doc.title === null && (doc.sections.length > 0 || doc.preamble.length > 0)) {
      const start = doc.position.start
      report(
        {
          zh: '缺少标题：文稿开头应有标题行',
          en: 'title missing: the document should open with a title line',
        },
        { start, end: start },
      )
    }
  },
}
