import type { Rule } from '../types.js'

/** Siblings that differ in whether their heading sentence ends with punctuation (一、学习。 / 二、实践). */
export const headingTrailingPunctuation: Rule = {
  id: 'heading-trailing-punctuation',
  description: 'Sibling headings differ in trailing punctuation (some end with 。, some do not).',
  severity: { speech: 'info', gbt9704: 'warning' },
  examples: {
    fails: '一、加强学习。\n正文。\n二、狠抓落实\n正文。',
    passes: '一、加强学习\n正文。\n二、狠抓落实\n正文。',
  },
  check({ sectionLists, source, report }) {
    if (source === null) return
    for (const list of sectionLists) {
      if (list.items.length < 2) continue
      const ends = list.items.map((item) => {
        const end = item.position.end.offset
        return /[。．.；;，,：:！？!?]/.test(source[end - 1] ?? '')
      })
      const punctuated = ends.filter(Boolean).length
      if (punctuated === 0 || punctuated === ends.length) continue
      const majority = punctuated * 2 >= ends.length
      list.items.forEach((item, i) => {
        if (ends[i] !== majority) {
          report(
            {
              zh: `同级标题末尾标点不一致：“${item.marker.raw}${item.text}”${majority ? '缺少' : '多了'}句末标点`,
              en: `inconsistent trailing punctuation among siblings: "${item.marker.raw}${item.text}" ${majority ? 'lacks' : 'has'} the end punctuation the others ${majority ? 'have' : 'lack'}`,
            },
            item.position,
          )
        }
      })
    }
  },
}
