/**
 * The content lines of a text (what is left once blank lines, noise and front matter are removed),
 * as a table: parallel arrays with one entry per line. No object is kept per line: a line's span is
 * its text and source offset (SpanColumn; a Span object only for the rare line of several runs), and
 * the rest costs the collector nothing however long the text is.
 */
import { keepShape } from '../shapes.js'
import type { Span } from '../text/span.js'
import { SpanColumn } from '../text/span-column.js'
import { int32Table, uint8Table } from '../typed-arrays.js'

/** One content line as a record: what the frame detector reads of the first lines. */
export interface ContentLine {
  /** 0-based source line. */
  line: number
  span: Span
  markdownHeading: number
  /** How many leading blanks the line has as written. */
  indent: number
  /** A blank line (or the start of the text) comes right before this line. */
  afterBlank: boolean
}

export class ContentLines {
  /** How many lines have been added. */
  count = 0
  /** Each line's trimmed content, Markdown syntax removed (sized up front, like the typed arrays). */
  readonly spans: SpanColumn
  /** Each line's 0-based source line. */
  readonly line: Int32Array
  /** How many leading blanks each line has as written. */
  readonly indent: Int32Array
  /** Each line's Markdown ATX heading level, 0 when it is not one. */
  readonly markdownHeading: Uint8Array
  /** 1 when a blank line (or the start of the text or body) comes right before the line. */
  readonly afterBlank: Uint8Array

  /**
   * `capacity`: at least the number of lines that will be added (the source's line count serves).
   * `wholeLists`: the parse's per-row lists are made whole, not in pieces (see `makesWholeLists`);
   * the tables made from these lines (paragraphs, blocks) follow it.
   */
  constructor(
    capacity: number,
    readonly wholeLists: boolean,
  ) {
    this.spans = new SpanColumn(capacity, wholeLists)
    this.line = int32Table(capacity)
    this.indent = int32Table(capacity)
    this.markdownHeading = uint8Table(capacity)
    this.afterBlank = uint8Table(capacity)
  }

  add(line: number, span: Span, indent: number, markdownHeading: number, afterBlank: boolean): void {
    this.spans.set(this.count, span)
    this.addFacts(line, indent, markdownHeading, afterBlank)
  }

  /** Adds a line whose content is one run of the source, `text` at offset `start` (no Span made). */
  addRun(
    line: number,
    text: string,
    start: number,
    indent: number,
    markdownHeading: number,
    afterBlank: boolean,
  ): void {
    this.spans.setRun(this.count, text, start)
    this.addFacts(line, indent, markdownHeading, afterBlank)
  }

  private addFacts(line: number, indent: number, markdownHeading: number, afterBlank: boolean): void {
    const k = this.count++
    this.line[k] = line
    this.indent[k] = indent
    this.markdownHeading[k] = markdownHeading
    this.afterBlank[k] = afterBlank ? 1 : 0
  }

  /** Line `k` as a record. */
  record(k: number): ContentLine {
    return {
      line: this.line[k]!,
      span: this.spans.get(k),
      markdownHeading: this.markdownHeading[k]!,
      indent: this.indent[k]!,
      afterBlank: this.afterBlank[k] === 1,
    }
  }

  /** The first `n` lines (or all, when fewer) as records. */
  records(n: number): ContentLine[] {
    const out: ContentLine[] = []
    for (let k = 0; k < Math.min(n, this.count); k++) out.push(this.record(k))
    return out
  }
}

keepShape(new ContentLines(0, false))
