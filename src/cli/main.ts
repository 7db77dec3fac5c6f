/**
 * speech-outline [files...] — the command line. The only Node-specific code of the project.
 * Reads files (or stdin), detects their encoding, parses them and prints JSON or an outline.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { SpeechOutlineError } from '../errors.js'
import { countDiagnostics, diagnosticsToJson, formatDiagnostics } from '../lint/format.js'
import { lintSpeech } from '../lint/lint-speech.js'
import type { PresetName } from '../lint/types.js'
import type { MarkdownOptions } from '../markdown/options.js'
import { relevelMarkdown } from '../markdown/relevel-markdown.js'
import { toMarkdown } from '../markdown/to-markdown.js'
import { parseSpeech } from '../parse/parse-speech.js'
import { decodeBytes, ENCODINGS, type Encoding } from './decode.js'

declare const __VERSION__: string

const FORMATS = ['outline', 'markdown', 'json'] as const
type Format = (typeof FORMATS)[number]

const HELP = `usage: speech-outline [options] [files...]

Reads Chinese speeches and official documents (UTF-8, UTF-16 with a BOM, or GB18030) and prints
their outline. With no file, or with "-", reads standard input.

options:
  -f, --format FORMAT   outline (default): the headings alone, as a nested Markdown list
                        markdown: the whole speech as Markdown (a .md input is re-levelled:
                        its headings get the depths their numbering implies)
                        json: the whole SpeechDocument (JSON Lines when several files are given)
  --markers keep|strip  keep (default) or strip the numbering markers in Markdown headings
  --points text|list    inline enumerations stay in the text (default) or become nested lists
  --top-depth N         heading level of the title in Markdown (1-6, default 1)
  --check               lint the structure instead: prints file:line:column  severity  message
                        rule-id (or JSON with --format json); exit code 1 when an error is found
  --preset NAME         lint preset: speech (default, lenient) or gbt9704 (strict official documents)
  -e, --encoding NAME   force an encoding: ${ENCODINGS.join(', ')}
  -h, --help            show this help
  -v, --version         print the version

examples:
  speech-outline speech.txt
  speech-outline speech.txt --format markdown --points list > speech.md
  speech-outline converted.md --format markdown     # fix converter heading levels
  cat speech.txt | speech-outline --format json
  speech-outline draft.txt --check --preset gbt9704`

class UsageError extends Error {}

function readInput(path: string, encoding: Encoding | undefined): string {
  const bytes = path === '-' ? readFileSync(0) : readFileSync(path)
  return decodeBytes(bytes, encoding).text
}

function describe(error: unknown): string {
  if (error instanceof SpeechOutlineError) return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown --${name} ${value} (use ${allowed.join(', ')})`)
  }
  return value as T
}

function markdownOptions(values: {
  markers?: string
  points?: string
  'top-depth'?: string
}): MarkdownOptions {
  const options: MarkdownOptions = {}
  const markers = oneOf('markers', values.markers, ['keep', 'strip'] as const)
  if (markers) options.markers = markers
  const points = oneOf('points', values.points, ['text', 'list'] as const)
  if (points) options.points = points
  const top = values['top-depth']
  if (top !== undefined) {
    const n = Number(top)
    if (!Number.isInteger(n) || n < 1 || n > 6) throw new UsageError(`--top-depth must be 1 to 6, got ${top}`)
    options.topDepth = n
  }
  return options
}

function run(argv: string[]): number {
  let values: {
    format?: string
    encoding?: string
    markers?: string
    points?: string
    'top-depth'?: string
    check?: boolean
    preset?: string
    help?: boolean
    version?: boolean
  }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        encoding: { type: 'string', short: 'e' },
        markers: { type: 'string' },
        points: { type: 'string' },
        'top-depth': { type: 'string' },
        check: { type: 'boolean' },
        preset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }))
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${__VERSION__}\n`)
    return 0
  }
  const format = (values.format ?? 'outline') as Format
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown --format ${values.format} (use ${FORMATS.join(', ')})`)
  const encoding = values.encoding as Encoding | undefined
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) {
    throw new UsageError(`unknown --encoding ${values.encoding} (use ${ENCODINGS.join(', ')})`)
  }
  const markdown = markdownOptions(values)
  const preset = oneOf('preset', values.preset, ['speech', 'gbt9704'] as const) ?? ('speech' as PresetName)
  let lintErrors = 0
  const inputs = positionals.length > 0 ? positionals : ['-']
  let failed = false
  for (const input of inputs) {
    const name = input === '-' ? '<stdin>' : input
    try {
      const text = readInput(input, encoding)
      if (values.check) {
        const file = lintSpeech(text, { preset })
        lintErrors += countDiagnostics(file).error
        if (values.format === 'json')
          process.stdout.write(`${JSON.stringify(diagnosticsToJson(file, name))}\n`)
        else if (file.messages.length > 0) process.stdout.write(`${formatDiagnostics(file, name)}\n`)
        continue
      }
      const separator = inputs.length > 1 && format !== 'json' ? `<!-- ${name} -->\n\n` : ''
      if (format === 'markdown' && /\.(md|markdown)$/i.test(input)) {
        process.stdout.write(`${separator}${relevelMarkdown(text)}`)
        continue
      }
      const doc = parseSpeech(text)
      if (format === 'json')
        process.stdout.write(`${JSON.stringify(doc, null, inputs.length > 1 ? undefined : 2)}\n`)
      else {
        const mode = format === 'outline' ? 'outline' : 'document'
        process.stdout.write(`${separator}${toMarkdown(doc, { ...markdown, mode })}`)
      }
    } catch (error) {
      failed = true
      process.stderr.write(`speech-outline: ${name}: ${describe(error)}\n`)
    }
  }
  return failed ? 2 : lintErrors > 0 ? 1 : 0
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`speech-outline: ${error.message}\nTry 'speech-outline --help'.\n`)
    process.exitCode = 2
  } else {
    process.stderr.write(`speech-outline: ${describe(error)}\n`)
    process.exitCode = 2
  }
}
