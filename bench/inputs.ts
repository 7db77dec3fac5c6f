/** Benchmark inputs: the project's own sample speeches repeated to a size, and hostile texts. */
import { readdirSync, readFileSync } from 'node:fs'

const roots = [
  new URL('../examples/speeches/', import.meta.url),
  new URL('../test/fixtures/kinds/', import.meta.url),
]

/** The project's own sample speeches (examples/speeches/*.txt), concatenated. */
export function sampleText(): string {
  const parts: string[] = []
  for (const root of roots) {
    for (const file of readdirSync(root).sort()) {
      if (file.endsWith('.txt')) parts.push(readFileSync(new URL(file, root), 'utf8'))
    }
  }
  return parts.join('\n')
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** `text` repeated until it reaches `bytes` UTF-8 bytes (cut at a line end). */
export function repeatTo(text: string, bytes: number): string {
  const unit = utf8Bytes(text)
  const copies = Math.max(1, Math.ceil(bytes / unit))
  return `${text}\n`.repeat(copies)
}

const MB = 1_000_000

/** Inputs built to defeat a parser: each must stay linear. */
export function hostileInputs(scale = 1): Record<string, string> {
  const chars = (bytes: number, bytesPerChar = 3) => Math.round((bytes * scale) / bytesPerChar)
  const styles = ['一、', '（一）', '1.', '（1）', '①']
  return {
    '5 MB single line, no punctuation': '党'.repeat(chars(5 * MB)),
    '1 MB of 一、 repeated': '一、'.repeat(chars(MB, 6)),
    '200,000 lines of （一）': '（一）\n'.repeat(Math.round(200_000 * scale)),
    '1 MB of unmatched “': '“'.repeat(chars(MB)),
    '1 MB of 《': '《'.repeat(chars(MB)),
    '100,000 nested-looking markers': Array.from(
      { length: Math.round(100_000 * scale) },
      (_, i) => `${styles[i % styles.length]}标题${i}`,
    ).join('\n'),
    '1 MB of inline 一是…二是… in one paragraph': '一是加强学习；二是改进作风；'.repeat(chars(MB, 42)),
    '1 MB of 第一，第二， interleaved with 首先': '首先，第一，学习；第二，实践；其次，'.repeat(
      chars(MB, 51),
    ),
    // Long runs of one character inside a line, where a backtracking expression turns quadratic
    // (each was, before test/regex-safety.test.ts: Markdown closing hashes, box edges, page numbers).
    '# heading with 1 MB of blanks inside': `# 标题${' '.repeat(chars(MB, 1))}文`,
    '1 MB of │ inside a line': `文${'│'.repeat(chars(MB))}文`,
    '第1页 and 1 MB of blanks': `第1页${' '.repeat(chars(MB, 1))}文`,
    '1 MB of ？ after an unclosed “ in a heading': `一、“第一，${'？'.repeat(chars(MB))}`,
  }
}
