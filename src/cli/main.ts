/**
 * speech-outline [files...] — the command line. The only Node-specific code of the project.
 * Reads files (or stdin), detects their encoding, parses them and prints JSON or an outline.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { SpeechOutlineError } from '../errors.js'
import { parseSpeech } from '../parse/parse-speech.js'
import { decodeBytes, ENCODINGS, type Encoding } from './decode.js'
import { formatOutline } from './outline.js'

declare const __VERSION__: string

const FORMATS = ['json', 'outline'] as const
type Format = (typeof FORMATS)[number]

const HELP = `usage: speech-outline [options] [files...]

Reads Chinese speeches and official documents (UTF-8, UTF-16 with a BOM, or GB18030) and prints
their outline. With no file, or with "-", reads standard input.

options:
  -f, --format FORMAT   outline (default): the headings, indented by depth
                        json: the whole SpeechDocument (one JSON document per file;
                        JSON Lines when several files are given)
  -e, --encoding NAME   force an encoding: ${ENCODINGS.join(', ')}
  -h, --help            show this help
  -v, --version         print the version

examples:
  speech-outline speech.txt
  speech-outline speech.txt --format json > speech.json
  cat speech.txt | speech-outline --format json`

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

function run(argv: string[]): number {
  let values: { format?: string; encoding?: string; help?: boolean; version?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        encoding: { type: 'string', short: 'e' },
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
  const inputs = positionals.length > 0 ? positionals : ['-']
  let failed = false
  for (const input of inputs) {
    const name = input === '-' ? '<stdin>' : input
    try {
      const doc = parseSpeech(readInput(input, encoding))
      if (format === 'json')
        process.stdout.write(`${JSON.stringify(doc, null, inputs.length > 1 ? undefined : 2)}\n`)
      else process.stdout.write(`${inputs.length > 1 ? `== ${name}\n` : ''}${formatOutline(doc)}`)
    } catch (error) {
      failed = true
      process.stderr.write(`speech-outline: ${name}: ${describe(error)}\n`)
    }
  }
  return failed ? 2 : 0
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
