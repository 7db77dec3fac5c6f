/** Markdown text in, re-levelled Markdown text out (remark-parse → remarkRelevel → remark-stringify). */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toMarkdown } from 'mdast-util-to-markdown'
import { type RelevelOptions, relevelTree } from './relevel.js'
import { FAST_MARKDOWN_STYLE } from './to-markdown.js'

export function relevelMarkdown(markdown: string, options: RelevelOptions = {}): string {
  return toMarkdown(relevelTree(fromMarkdown(markdown), options), FAST_MARKDOWN_STYLE)
}
