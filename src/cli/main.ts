/**
 * speech-outline [inputs...] — the command line, the only Node-specific code of the project.
 * Inputs are files, directories, globs or "-" (stdin); outputs go to stdout or, with --out, to one
 * file per input mirroring the input tree. Errors are one line each; exit codes: 0 ok, 1 lint
 * errors found (--check), 2 an input failed or the command line is wrong.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { RULES } from '../lint/rules/index.js'
import type { PresetName, RuleSetting } from '../lint/types.js'
import type { MarkdownOptions } from '../markdown/options.js'
import { defaultJobs, type Outcome, runBatch } from './batch.js'
import { ENCODINGS, type Encoding } from './decode.js'
import { describeError } from './errors.js'
import { expandInputs } from './inputs.js'
import type { Format, JobOptions } from './process-input.js'

declare const __VERSION__: string

const FORMATS: readonly Format[] = ['outline', 'markdown', 'json']

const HELP = `usage: speech-outline [options] [inputs...]

Reads Chinese speeches and official documents and prints their outline. An input is a file
(.txt, .md, .docx), a directory (read recursively), a glob ("speeches/**/*.txt"), or "-" for
standard input (the default). Text is UTF-8, UTF-16 with a BOM, or GB18030/GBK (detected).

options:
  -f, --format FORMAT   outline (default): the headings alone, as a nested Markdown list
                        markdown: the whole speech as Markdown (a .md input is re-levelled:
                        its headings get the depths their numbering implies)
                        json: the whole SpeechDocument (JSON Lines when there are several inputs)
  -o, --out DIR         write one output per input into DIR, mirroring the input tree
  --markers keep|strip  keep (default) or strip the numbering markers in Markdown headings
  --points text|list    inline enumerations stay in the text (default) or become nested lists
  --top-depth N         heading level of the title in Markdown (1-6, default 1)
  --check               lint the structure instead: file:line:column  severity  message  rule-id
                        (JSON with --format json); exit code 1 when an error is found
  --preset NAME         lint preset: speech (default, lenient) or gbt9704 (strict official documents)
  --rule ID=SEVERITY    switch a lint rule off or re-grade it (off, error, warning, info); repeatable
  --max-depth N         headings nest at most N deep (1-64, default 16)
  -e, --encoding NAME   force an encoding: ${ENCODINGS.join(', ')}
  -j, --jobs N          worker threads for large batches (default: the number of cores)
  -q, --quiet           no progress bar and no summary line
  -h, --help            show this help
  -v, --version         print the version

examples:
  speech-outline speech.txt
  speech-outline speech.docx --format markdown --points list > speech.md
  speech-outline speeches/ --format markdown --out outlines/     # a folder of speeches
  speech-outline converted.md --format markdown                  # fix converter heading levels
  speech-outline draft.txt --check --preset gbt9704              # check a draft before it goes out
  pbpaste | speech-outline --format json                         # pipe from another tool

exit codes: 0 ok, 1 lint errors found (--check), 2 an input failed or a usage error`

class UsageError extends Error {}

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

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be ${min} to ${max}, got ${value}`)
  return n
}

const SEVERITIES = ['off', 'error', 'warning', 'info'] as const

/** --rule numbering-gap=off --rule lone-child=error → { 'numbering-gap': 'off', … } */
function ruleSettings(specs: readonly string[]): Record<string, RuleSetting> {
  const known = new Set(RULES.map((r) => r.id))
  const settings: Record<string, RuleSetting> = {}
  for (const spec of specs) {
    const [id = '', setting = ''] = spec.split('=')
    if (!known.has(id))
      throw new UsageError(`unknown lint rule in --rule ${spec} (rules: ${[...known].join(', ')})`)
    settings[id] = oneOf('rule', setting, SEVERITIES) ?? 'off'
  }
  return settings
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        markers: { type: 'string' },
        points: { type: 'string' },
        'top-depth': { type: 'string' },
        'max-depth': { type: 'string' },
        rule: { type: 'string', multiple: true },
        check: { type: 'boolean' },
        preset: { type: 'string' },
        encoding: { type: 'string', short: 'e' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function run(argv: string[]): Promise<number> {
  const started = performance.now()
  const { values, positionals } = parse(argv)
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${__VERSION__}\n`)
    return 0
  }
  const format = oneOf('format', values.format, FORMATS) ?? 'outline'
  const markdown: MarkdownOptions = {}
  const markers = oneOf('markers', values.markers, ['keep', 'strip'] as const)
  if (markers) markdown.markers = markers
  const points = oneOf('points', values.points, ['text', 'list'] as const)
  if (points) markdown.points = points
  const top = integer('top-depth', values['top-depth'], 1, 6)
  if (top !== undefined) markdown.topDepth = top
  const encoding = oneOf('encoding', values.encoding, ENCODINGS) as Encoding | undefined
  const jobs = integer('jobs', values.jobs, 1, 256) ?? defaultJobs()
  const maxDepth = integer('max-depth', values['max-depth'], 1, 64)
  const files = expandInputs(positionals)
  if (files.length === 0) throw new UsageError(`no input files match ${positionals.join(' ')}`)
  const options: JobOptions = {
    format,
    check: values.check === true,
    preset: (oneOf('preset', values.preset, ['speech', 'gbt9704'] as const) ?? 'speech') as PresetName,
    markdown,
    prettyJson: files.length === 1,
    parse: maxDepth === undefined ? {} : { maxDepth },
    rules: ruleSettings(values.rule ?? []),
    ...(encoding ? { encoding } : {}),
  }

  let failed = 0
  let documents = 0
  let headings = 0
  let warnings = 0
  let errors = 0
  let stdinBytes: Buffer | null = null
  const stdin = () => {
    stdinBytes ??= readFileSync(0)
    return stdinBytes
  }
  const several = files.length > 1
  const emit = (outcome: Outcome) => {
    const name = outcome.file.path === '-' ? '<stdin>' : outcome.file.path
    if ('error' in outcome) {
      failed++
      process.stderr.write(`speech-outline: ${name}: ${outcome.error}\n`)
      return
    }
    const { result } = outcome
    documents++
    headings += result.headings
    warnings += result.warnings
    errors += result.errors
    if (values.out) {
      const target = join(values.out, outcome.file.relative.replace(/\.[^./]*$/, '') + result.extension)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, result.output)
    } else if (several && format !== 'json' && !options.check) {
      process.stdout.write(`<!-- ${name} -->\n\n${result.output}\n`)
    } else process.stdout.write(result.output)
  }
  await runBatch(files, options, jobs, stdin, emit)

  if (several && !values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    process.stderr.write(
      `speech-outline: ${documents} documents, ${headings} headings, ${warnings} warnings, ${errors} errors, ${failed} failed, ${seconds} s\n`,
    )
  }
  return failed > 0 ? 2 : errors > 0 && options.check ? 1 : 0
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message =
      error instanceof UsageError ? `${error.message}\nTry 'speech-outline --help'.` : describeError(error)
    process.stderr.write(`speech-outline: ${message}\n`)
    process.exitCode = 2
  },
)
