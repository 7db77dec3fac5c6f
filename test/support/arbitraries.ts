/** fast-check arbitraries shared by the property tests and the fuzz script. */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'

const pieces = [
  '一、',
  '二、',
  '三、',
  '（一）',
  '（二）',
  '(三)',
  '1.',
  '2．',
  '3、',
  '（1）',
  '①',
  '②',
  '第一，',
  '第二，',
  '第三是',
  '一是',
  '二是',
  '三要',
  '首先，',
  '其次',
  '最后，',
  '一方面',
  '另一方面',
  '同志们：',
  '在大会上的讲话',
  '关于',
  '注　释',
  '加强学习',
  '狠抓落实',
  '党建工作',
  '。',
  '，',
  '；',
  '：',
  '！',
  '？',
  '“',
  '”',
  '《',
  '》',
  '、',
  '\u3000',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '——',
  '2024年',
  '1.5亿元',
  '第一次',
  '一、二线',
  '## ',
  '**',
  '- ',
  '【打印正文】',
  '- 3 -',
  '┌──┐',
  '...',
  '😀',
  '𠮷',
  '\u0000',
  '\\',
  '⑴',
  '〔1〕',
  '甲、',
  '第一部分',
  '\ufeff',
]

/** Strings built from markers, punctuation, line breaks and Markdown syntax. */
export const speechLike = fc
  .array(fc.constantFrom(...pieces), { maxLength: 60 })
  .map((parts) => parts.join(''))

const sampleDir = new URL('../../examples/speeches/', import.meta.url)
export const samples: string[] = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, sampleDir), 'utf8'))

/** Random edits of the sample speeches: lines deleted, swapped, joined, split, markers renumbered. */
export const editedSample = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.constantFrom('delete', 'swap', 'join', 'split', 'renumber'), fc.nat(), fc.nat()), {
      maxLength: 6,
    }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n')
    for (const [kind, a, b] of edits) {
      const i = a % lines.length
      const j = b % lines.length
      if (kind === 'delete') lines.splice(i, 1)
      else if (kind === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!]
      else if (kind === 'join' && i + 1 < lines.length) lines.splice(i, 2, `${lines[i]}${lines[i + 1]}`)
      else if (kind === 'split') {
        const line = lines[i]!
        const at = b % (line.length + 1)
        lines.splice(i, 1, line.slice(0, at), line.slice(at))
      } else if (kind === 'renumber') lines[i] = lines[i]!.replace(/[一二三四五]/, '七')
      if (lines.length === 0) lines.push('')
    }
    return lines.join('\n')
  })

/** Any string, speech-like soup, or an edited sample speech. */
export const anyInput = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), speechLike, editedSample)
