/**
 * parseSpeech: text → SpeechDocument. Each stage is a pure function of the one before:
 * text → lines (offsets, Markdown syntax peeled) → noise removed → frame (title, salutation) →
 * paragraphs (broken lines joined) → blocks (headings, paragraphs) → depths → tree.
 */
import { makesWholeLists, withListPool } from '../chunked-list.js'
import { SpeechOutlineError } from '../errors.js'
import type { Removed, RemovedReason, SpeechDocument } from '../schema.js'
import { splitLines } from '../text/lines.js'
import { Locator } from '../text/locate.js'
import { classifyNoise } from '../text/noise.js'
import { withParseTables } from '../typed-arrays.js'
import { type BlockList, classifyParagraphs } from './blocks.js'
import { ContentLines } from './content-lines.js'
import { detectFrame, FRAME_LINES, type Frame, type FrameField } from './frame.js'
import { buildParagraphs } from './paragraphs.js'
import { buildTree } from './tree.js'

export interface ParseOptions {
  /** Refuse inputs longer than this many UTF-16 code units (default 52,428,800). */
  maxInputLength?: number
  /**
   * Headings never nest deeper than this (default 16); deeper ones are placed at this depth and a
   * `DEPTH_CAPPED` warning is added. Keeps pathological input from building unbounded trees.
   */
  maxDepth?: number
}

export const DEFAULT_MAX_INPUT_LENGTH = 50 * 1024 * 1024

function checkInput(text: unknown, options: ParseOptions): asserts text is string {
  if (options === null || typeof options !== 'object') {
    throw new SpeechOutlineError(
      'BAD_ARGUMENT',
      `parseSpeech options must be an object, got ${options === null ? 'null' : typeof options}`,
    )
  }
  if (typeof text !== 'string') {
    const kind = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text
    throw new SpeechOutlineError('BAD_ARGUMENT', `parseSpeech expects a string, got ${kind}`)
  }
  for (const name of ['maxInputLength', 'maxDepth'] as const) {
    const value = options[name]
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
      throw new SpeechOutlineError(
        'BAD_ARGUMENT',
        `options.${name} must be a positive integer, got ${String(value)}`,
      )
    }
  }
  const max = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH
  if (text.length > max) {
    throw new SpeechOutlineError(
      'TOO_LARGE',
      `input is ${text.length} characters long, over the limit of ${max} (raise options.maxInputLength)`,
    )
  }
}

/**
 * Parses a Chinese speech or official document into an outline tree. Never throws on a string
 * within the size limit; an empty or blank text gives an empty document.
 */
export function parseSpeech(text: string, options: ParseOptions = {}): SpeechDocument {
  checkInput(text, options)
  // The parse's tables are carved out of one buffer kept from parse to parse (typed-arrays.ts), and
  // a large text's whole lists are taken from a pool kept the same way (chunked-list.ts).
  return withParseTables(() => withListPool(() => parseChecked(text, options)))
}

function parseChecked(text: string, options: ParseOptions): SpeechDocument {
  const locator = new Locator(text)
  const { frame, removed, blocks } = readBody(text, locator)
  // The tree takes the blocks over and lets each go once it is placed.
  const tree = buildTree(blocks, options.maxDepth)

  const field = (f: FrameField | null) => (f ? f.span.text : null)
  const where = (f: FrameField | null) => (f ? locator.spanPosition(f.span) : null)
  return {
    type: 'speech',
    title: field(frame.title),
    subtitle: field(frame.subtitle),
    author: field(frame.author),
    date: field(frame.date),
    salutation: field(frame.salutation),
    preamble: tree.preamble,
    sections: tree.sections,
    closing: tree.closing,
    removed,
    warnings: tree.warnings,
    frame: {
      title: where(frame.title),
      subtitle: where(frame.subtitle),
      author: where(frame.author),
      date: where(frame.date),
      salutation: where(frame.salutation),
    },
    position: locator.position(0, text.length),
  }
}

interface Body {
  frame: Frame
  removed: Removed[]
  blocks: BlockList
}

/**
 * Text → frame, removed lines and body blocks. Each stage's records are unreachable once the next
 * stage has read them: the paragraph records die before the tree is built, so a large document does
 * not hold them all at once (and lines are never records: see LineTable and ContentLines).
 */
function readBody(text: string, locator: Locator): Body {
  const { frame, removed, content } = readLines(text, locator)
  return { frame, removed, blocks: classifyParagraphs(buildParagraphs(content, frame.bodyStart), locator) }
}

interface Lines {
  frame: Frame
  removed: Removed[]
  /** The content lines; the body starts at `frame.bodyStart`. */
  content: ContentLines
}

/** Text → frame, removed lines (noise, front matter, what stands before the title) and content lines. */
function readLines(text: string, locator: Locator): Lines {
  const lines = splitLines(text, locator.lineStarts)
  const removed: Removed[] = []
  const remove = (line: number, reason: RemovedReason, content: string): void => {
    removed.push({ text: content, reason, position: locator.position(lines.start[line]!, lines.end[line]!) })
  }

  // A large text's per-row lists are made whole; the paragraphs and blocks follow the lines'.
  const content = new ContentLines(lines.count, makesWholeLists(text.length))
  let previousBlank = true
  for (let i = 0; i < lines.count; i++) {
    if (lines.isFrontMatter(i)) {
      if (!lines.isEmpty(i)) {
        const span = lines.span(i)
        if (span.length > 0) remove(i, 'front-matter', span.text)
      }
      continue
    }
    if (lines.isEmpty(i)) {
      previousBlank = true
      continue
    }
    // Most lines have no Markdown syntax to remove: their text is kept without a Span.
    const plain = lines.plainText(i)
    const span = plain === null ? lines.span(i) : null
    const text = span === null ? plain! : span.text
    if (text.length === 0) {
      previousBlank = true
      continue
    }
    const noise = classifyNoise(text)
    if (noise) {
      remove(i, noise, text)
      continue
    }
    if (span === null)
      content.addRun(
        i,
        text,
        lines.contentStart[i]!,
        lines.indent(i),
        lines.markdownHeading[i]!,
        previousBlank,
      )
    else content.add(i, span, lines.indent(i), lines.markdownHeading[i]!, previousBlank)
    previousBlank = false
  }

  const frame = detectFrame(content.records(FRAME_LINES))
  for (const r of frame.removed) remove(r.line, r.reason, lines.span(r.line).text)
  removed.sort((a, b) => a.position.start.offset - b.position.start.offset)

  // The body's first line may change: a blank comes before it, and a run-in salutation
  // ("同志们：今天…") leaves only the text after it.
  const first = frame.bodyStart
  if (first < content.count) {
    if (frame.firstBodyRest) content.spans.set(first, frame.firstBodyRest)
    content.afterBlank[first] = 1
  }
  return { frame, removed, content }
}
