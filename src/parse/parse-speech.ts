/**
 * parseSpeech: text → SpeechDocument. Each stage is a pure function of the one before:
 * text → lines (offsets, Markdown syntax peeled) → noise removed → frame (title, salutation) →
 * paragraphs (broken lines joined) → blocks (headings, paragraphs) → depths → tree.
 */
import { SpeechOutlineError } from '../errors.js'
import type { Removed, RemovedReason, SpeechDocument } from '../schema.js'
import { splitLines } from '../text/lines.js'
import { Locator } from '../text/locate.js'
import { classifyNoise } from '../text/noise.js'
import type { Span } from '../text/span.js'
import { type Block, classifyParagraphs } from './blocks.js'
import { type ContentLine, detectFrame, type Frame, type FrameField } from './frame.js'
import { type BodyLine, buildParagraphs } from './paragraphs.js'
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
  const locator = new Locator(text)
  const { frame, removed, blocks } = readBody(text, locator)
  // The tree takes the blocks over and lets each go once it is placed.
  const tree = buildTree(blocks, locator, options.maxDepth)

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
  blocks: Block[]
}

/**
 * Text → frame, removed lines and body blocks. Each stage's records are unreachable once the next
 * stage has read them: the line records die before the paragraphs are classified, the paragraph
 * records before the tree is built, so a large document does not hold them all at once.
 */
function readBody(text: string, locator: Locator): Body {
  const { frame, removed, body } = readLines(text, locator)
  return { frame, removed, blocks: classifyParagraphs(buildParagraphs(body)) }
}

interface Lines {
  frame: Frame
  removed: Removed[]
  /** The content lines after the frame. */
  body: BodyLine[]
}

/** Text → frame, removed lines (noise, front matter, what stands before the title) and body lines. */
function readLines(text: string, locator: Locator): Lines {
  const lines = splitLines(text)
  const removed: Removed[] = []
  const remove = (start: number, end: number, reason: RemovedReason, content: string): void => {
    removed.push({ text: content, reason, position: locator.position(start, end) })
  }

  const content: ContentLine[] = []
  let previousBlank = true
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const text = line.span.text
    if (line.frontMatter) {
      if (text.length > 0) remove(line.start, line.end, 'front-matter', input(line.span))
      continue
    }
    if (text.length === 0) {
      previousBlank = true
      continue
    }
    const noise = classifyNoise(text)
    if (noise) {
      remove(line.start, line.end, noise, input(line.span))
      continue
    }
    // The line record itself serves as the content line: no copy per line.
    line.afterBlank = previousBlank
    content.push(line)
    previousBlank = false
  }

  const frame = detectFrame(content)
  for (const r of frame.removed) {
    const line = lines[r.line]!
    remove(line.start, line.end, r.reason, input(line.span))
  }
  removed.sort((a, b) => a.position.start.offset - b.position.start.offset)

  // Content lines are body lines as they stand; only the first may change (blank before it, or the
  // text after a run-in salutation).
  const body: BodyLine[] = content.slice(frame.bodyStart)
  const first = body[0]
  if (first) body[0] = { ...first, span: frame.firstBodyRest ?? first.span, afterBlank: true }
  return { frame, removed, body }
}

function input(span: Span): string {
  return span.text
}
