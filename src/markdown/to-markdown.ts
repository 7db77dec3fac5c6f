import { toMarkdown as mdastToMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import type { SpeechDocument } from '../schema.js'
import type { MarkdownOptions } from './options.js'
import { plainHandlers } from './plain-handlers.js'
import { toMdast } from './to-mdast.js'

/** Serialisation settings shared with remark-stringify, so both print the same Markdown. */
export const MARKDOWN_STYLE: ToMarkdownOptions = { bullet: '-', emphasis: '*', strong: '*', rule: '-' }

/** MARKDOWN_STYLE with the handlers that print plain paragraphs and headings directly (same output). */
export const FAST_MARKDOWN_STYLE: ToMarkdownOptions = { ...MARKDOWN_STYLE, handlers: plainHandlers }

/** Converts a SpeechDocument to Markdown text. */
export function toMarkdown(doc: SpeechDocument, options: MarkdownOptions = {}): string {
  return mdastToMarkdown(toMdast(doc, options), FAST_MARKDOWN_STYLE)
}
