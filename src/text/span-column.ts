import { ChunkedList } from '../chunked-list.js'
import { keepShape } from '../shapes.js'
import { grownTable, int32Table } from '../typed-arrays.js'
import { Span } from './span.js'

/**
 * The spans of a table's rows (content lines, paragraphs), kept without an object per row: a span
 * of one run of source characters (nearly all of them) is its text and where it starts, and is made
 * again, as a short-lived object, when a stage asks for it. On a text of many short lines a Span per
 * row lived from the reading of the lines to the classification of the paragraphs, and every
 * young-generation collection on the way copied it.
 */
export class SpanColumn {
  /** Each row's text (in pieces: see ChunkedList). */
  private readonly texts: ChunkedList<string>
  /** Where each row's one run starts in the source; -1 when its span has several (in `pieced`). */
  private starts: Int32Array
  /** The spans of several runs, by row (rare: Markdown emphasis removed, broken lines joined). */
  private readonly pieced: Array<Span | undefined> = []

  /** `wholeLists`: the texts in one list, not in pieces (see `makesWholeLists`). */
  constructor(capacity: number, wholeLists: boolean) {
    this.texts = new ChunkedList(capacity, wholeLists)
    this.starts = int32Table(capacity)
  }

  set(row: number, span: Span): void {
    const start = span.runStart
    this.setRun(row, span.text, start)
    if (start < 0) this.pieced[row] = span
  }

  /** Sets row `row` to a span of one run, `text` at source offset `start`, without a Span. */
  setRun(row: number, text: string, start: number): void {
    if (row >= this.starts.length)
      this.starts = grownTable(this.starts, Math.max(row + 1, this.starts.length * 2))
    this.texts.set(row, text)
    this.starts[row] = start
  }

  /** Copies row `from` of `other` into row `row`, without making its span. */
  copyRow(row: number, other: SpanColumn, from: number): void {
    const start = other.starts[from]!
    this.setRun(row, other.texts.get(from), start)
    if (start < 0) this.pieced[row] = other.pieced[from]
  }

  /** Where row `row`'s one run starts in the source, or -1 when its span has several runs. */
  runStart(row: number): number {
    return this.starts[row]!
  }

  /** Row `row`'s span (a fresh object for a one-run span). */
  get(row: number): Span {
    const start = this.starts[row]!
    return start >= 0 ? Span.ofRun(this.texts.get(row), start) : this.pieced[row]!
  }

  /** Row `row`'s text. */
  text(row: number): string {
    return this.texts.get(row)
  }
}

keepShape(new SpanColumn(0, false))
