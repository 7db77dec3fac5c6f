/**
 * The eval command: reads DIR/*.gold.json and the sources they name, parses each source with
 * parseSpeech, scores it and prints the report. All the file system work of the eval is here; the
 * scoring and formatting modules are pure.
 *
 * Exit codes: 0 scored (and every threshold met), 1 a metric is below its threshold, 2 the command
 * could not run (bad arguments, missing or invalid files, a parser failure); errors are one line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { decodeBytes } from '../../src/cli/decode.js'
import { parseSpeech, type SpeechDocument, SpeechDocumentSchema } from '../../src/index.js'
import { formatPath, parseGold } from './gold.js'
import { jsonReport, type NamedScore, textReport } from './report.js'
import { formatSummary, type Gold, scoreDocument, summarize } from './score.js'
import {
  checkThresholds,
  formatFailure,
  parseThresholds,
  THRESHOLD_KEYS,
  type ThresholdFailure,
  type Thresholds,
} from './thresholds.js'

export const USAGE = `usage: npm run eval -- DIR [--json] [--thresholds FILE] [--quiet]

Parses the source of every DIR/*.gold.json with parseSpeech and scores it against the gold outline
(format and matching rules: shared/corpus/README.md). Prints a table per document, the problems
found (missed, extra, wrong depth, wrong ordinal, missed and extra lists), then one "summary:" line.

  --json             print the metrics (per document and overall) as JSON instead
  --thresholds FILE  exit 1 when a metric is below its minimum in FILE, a JSON object with any of:
                     ${THRESHOLD_KEYS.join(', ')}
  --quiet            print only the summary line
  -h, --help         print this help

Exit codes: 0 ok, 1 below a threshold, 2 the evaluation could not run.`

export interface EvalIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** A fault that stops the evaluation: printed as one line, exit code 2. */
class EvalFailure extends Error {}

function message(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? 'unknown error'
}

function readJson(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new EvalFailure(`cannot read ${what} ${path}: ${message(error)}`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch (error) {
    throw new EvalFailure(`${what} ${path} is not valid JSON: ${message(error)}`)
  }
}

export function loadGold(path: string): Gold {
  const result = parseGold(readJson(path, 'gold file'))
  if (!result.ok) throw new EvalFailure(`gold file ${path}: ${result.error}`)
  return result.gold
}

export function loadThresholds(path: string): Thresholds {
  const result = parseThresholds(readJson(path, 'thresholds file'))
  if (!result.ok) throw new EvalFailure(`thresholds file ${path}: ${result.error}`)
  return result.thresholds
}

/** The gold files of DIR, sorted by name. */
export function findGoldFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new EvalFailure(`${dir}: no such directory`)
  if (!statSync(dir).isDirectory()) throw new EvalFailure(`${dir} is not a directory`)
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
  if (files.length === 0) throw new EvalFailure(`no *.gold.json files in ${dir}`)
  return files.map((f) => join(dir, f))
}

/** Reads a source the way the CLI does: UTF-8 (BOM or not), UTF-16 by BOM, else GB18030; .docx through mammoth. */
async function readSource(path: string, goldPath: string): Promise<string> {
  if (!existsSync(path)) throw new EvalFailure(`${goldPath}: source ${path} not found`)
  try {
    const bytes = readFileSync(path)
    if (/\.docx$/iu.test(path)) {
      const { docxToText } = await import('../../src/cli/docx.js')
      return await docxToText(bytes)
    }
    return decodeBytes(bytes).text
  } catch (error) {
    throw new EvalFailure(`cannot read source ${path}: ${message(error)}`)
  }
}

function parseSource(text: string, path: string): SpeechDocument {
  let doc: SpeechDocument
  try {
    doc = parseSpeech(text)
  } catch (error) {
    throw new EvalFailure(`parseSpeech failed on ${path}: ${message(error)}`)
  }
  const checked = SpeechDocumentSchema.safeParse(doc)
  if (!checked.success) {
    const issue = checked.error.issues[0]!
    throw new EvalFailure(
      `parseSpeech output for ${path} does not satisfy SpeechDocumentSchema at ${formatPath(issue.path) || '(root)'}: ${issue.message}`,
    )
  }
  return doc
}

const OPTIONS = {
  json: { type: 'boolean' },
  thresholds: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

async function evaluate(argv: readonly string[], io: EvalIO): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    // parseArgs adds a long hint after the first sentence; the first sentence names the fault.
    throw new EvalFailure(`${message(error).replace(/\. .*$/u, '.')} (see --help)`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (positionals.length === 0) throw new EvalFailure('no directory given: npm run eval -- DIR (see --help)')
  if (positionals.length > 1) {
    throw new EvalFailure(`one directory expected, got ${positionals.length}: ${positionals.join(' ')}`)
  }
  const dir = positionals[0]!
  // Read the thresholds first: a bad file should not wait for the whole evaluation.
  const thresholds = values.thresholds === undefined ? null : loadThresholds(values.thresholds)

  const docs: NamedScore[] = []
  for (const goldPath of findGoldFiles(dir)) {
    const gold = loadGold(goldPath)
    const sourcePath = resolve(dir, gold.source)
    const doc = parseSource(await readSource(sourcePath, goldPath), sourcePath)
    docs.push({ name: gold.source, gold: basename(goldPath), score: scoreDocument(doc, gold) })
  }
  const summary = summarize(docs.map((d) => d.score))
  const failures: ThresholdFailure[] | null = thresholds && checkThresholds(summary, thresholds)

  if (values.json) io.stdout(`${jsonReport(docs, summary, failures)}\n`)
  else {
    if (!values.quiet) io.stdout(`${textReport(docs)}\n\n`)
    io.stdout(`${formatSummary(summary)}\n`)
  }
  if (failures && failures.length > 0) {
    io.stderr(
      `eval: below the thresholds in ${values.thresholds}:\n${failures.map((f) => `  ${formatFailure(f)}`).join('\n')}\n`,
    )
    return 1
  }
  return 0
}

/** Runs the eval command with `argv` (the arguments after the script); returns the exit code. */
export async function runEval(argv: readonly string[], io: EvalIO): Promise<number> {
  try {
    return await evaluate(argv, io)
  } catch (error) {
    io.stderr(
      error instanceof EvalFailure ? `eval: ${error.message}\n` : `eval: internal error: ${message(error)}\n`,
    )
    return 2
  }
}
