/**
 * One input → one output: read and decode the bytes, then parse, render or lint.
 *
 * What only some inputs need is imported when one of them comes: mammoth for a .docx, the Markdown
 * parser for a .md, vfile and the lint rules for --check. Loading them up front took a third of the
 * time of `speech-outline speech.txt` (about 0.1 s of 0.3 s, mostly module loading).
 */
import { readFileSync } from 'node:fs'
import type { PresetName, RuleSetting } from '../lint/types.js'
import type { MarkdownOptions } from '../markdown/options.js'
import { toMarkdown } from '../markdown/to-markdown.js'
import { type ParseOptions, parseSpeech } from '../parse/parse-speech.js'
import type { Section } from '../schema.js'
import { eachSection } from '../walk.js'
import { decodeBytes, type Encoding } from './decode.js'

export type Format = 'outline' | 'markdown' | 'json'

export interface JobOptions {
  format: Format
  check: boolean
  preset: PresetName
  markdown: MarkdownOptions
  encoding?: Encoding
  /** Pretty-print JSON (a single document); one line per document otherwise. */
  prettyJson: boolean
  /** parseSpeech options (--max-depth). */
  parse: ParseOptions
  /** Per-rule lint settings (--rule id=severity). */
  rules: Record<string, RuleSetting>
}

export interface JobResult {
  output: string
  /** File extension of the output, for --out. */
  extension: string
  headings: number
  warnings: number
  errors: number
}

function countHeadings(sections: readonly Section[]): number {
  let n = 0
  eachSection(sections, () => n++)
  return n
}

export async function readText(path: string, encoding?: Encoding, stdin?: Buffer): Promise<string> {
  const bytes = path === '-' ? (stdin ?? readFileSync(0)) : readFileSync(path)
  if (/\.docx$/i.test(path)) {
    const { docxToText } = await import('./docx.js')
    return docxToText(bytes)
  }
  return decodeBytes(bytes, encoding).text
}

export async function runJob(
  path: string,
  name: string,
  text: string,
  options: JobOptions,
): Promise<JobResult> {
  if (options.check) {
    const [{ lintSpeech }, { countDiagnostics, diagnosticsToJson, formatDiagnostics }] = await Promise.all([
      import('../lint/lint-speech.js'),
      import('../lint/format.js'),
    ])
    const file = lintSpeech(text, { preset: options.preset, rules: options.rules, parse: options.parse })
    const counts = countDiagnostics(file)
    const output =
      options.format === 'json'
        ? `${JSON.stringify(diagnosticsToJson(file, name))}\n`
        : file.messages.length > 0
          ? `${formatDiagnostics(file, name)}\n`
          : ''
    return {
      output,
      extension: options.format === 'json' ? '.json' : '.lint.txt',
      headings: 0,
      warnings: counts.warning,
      errors: counts.error,
    }
  }
  if (options.format === 'markdown' && /\.(md|markdown)$/i.test(path)) {
    const { relevelMarkdown } = await import('../markdown/relevel-markdown.js')
    return { output: relevelMarkdown(text), extension: '.md', headings: 0, warnings: 0, errors: 0 }
  }
  const doc = parseSpeech(text, options.parse)
  const headings = countHeadings(doc.sections)
  const warnings = doc.warnings?.length ?? 0
  if (options.format === 'json') {
    const output = `${JSON.stringify(doc, null, options.prettyJson ? 2 : undefined)}\n`
    return { output, extension: '.json', headings, warnings, errors: 0 }
  }
  const mode = options.format === 'outline' ? 'outline' : 'document'
  return {
    output: toMarkdown(doc, { ...options.markdown, mode }),
    extension: '.md',
    headings,
    warnings,
    errors: 0,
  }
}
