import type { Position, SpeechDocument } from '../schema.js'
import type { SpeechList } from './lists.js'

export type Severity = 'error' | 'warning' | 'info'
export type RuleSetting = Severity | 'off'
export type PresetName = 'speech' | 'gbt9704'

/** What a rule sees: the document, its numbered lists, and a way to report. */
export interface LintContext {
  doc: SpeechDocument
  /** The original text when linting text (some rules read the source punctuation). */
  source: string | null
  /** Lists of sibling sections (a restart at one or a change of style family starts a new one). */
  sectionLists: readonly SpeechList[]
  /** Inline enumerations, as rising runs of points. */
  inlineLists: readonly SpeechList[]
  report(message: { zh: string; en: string }, place: Position): void
}

/**
 * One lint rule. `id` is stable (tools may switch on it); `description` and the examples document
 * it, and the examples double as tests (test/lint-rules.test.ts).
 */
export interface Rule {
  id: string
  description: string
  severity: Record<PresetName, RuleSetting>
  examples: { fails: string; passes: string }
  check(context: LintContext): void
}
