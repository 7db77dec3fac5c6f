/**
 * A unified parser plugin: `unified().use(speechParse, options).use(remarkStringify)` turns speech
 * text into Markdown. Parse options and Markdown options flow through.
 */
import type { Root } from 'mdast'
import type { Processor } from 'unified'
import { type ParseOptions, parseSpeech } from '../parse/parse-speech.js'
import type { MarkdownOptions } from './options.js'
import { toMdast } from './to-mdast.js'

export type SpeechParseOptions = ParseOptions & MarkdownOptions

export function speechParse(this: Processor, options: SpeechParseOptions = {}): void {
  this.parser = (document: string): Root => toMdast(parseSpeech(String(document), options), options)
}
