import type { Position, SpeechDocument } from '../schema.js'
import type { ReadingUnit, SpeechList } from './lists.js'
import type { InlineFault } from './text-scan.js'

export type Severity = 'error' | 'warning' | 'info'
export type RuleSetting = Severity | 'off'
export type PresetName = 'speech' | 'gbt9704'

/** A message in both languages: each names the fault and the fix. */
export interface RuleMessage {
  zh: string
  en: string
  /** The offending text as written (vfile's `actual`), e.g. "（一）、". */
  actual?: string
  /** What to write instead (vfile's `expected`), e.g. ["（一）"]. */
  expected?: string[]
}

/** What a rule sees: the document, its numbered lists, and a way to report. */
export interface LintContext {
  doc: SpeechDocument
  /** The original text when linting text (or when given as `options.source`); null otherwise. */
  source: string | null
  /** Lists of sibling sections, in reading order of their first items. */
  sectionLists: readonly SpeechList[]
  /** Inline enumerations (runs of points whose ordinals rise), in reading order. */
  inlineLists: readonly SpeechList[]
  /** Headings and paragraphs in reading order, with the markers each holds. */
  units: readonly ReadingUnit[]
  /**
   * Faults among the markers in the text of an inline list's items that the list did not take in
   * (一是 … 二是 … 四是, where 四是 stays inside the text of 二是). Needs the source text; empty
   * without it.
   */
  inlineFaults(list: SpeechList): readonly InlineFault[]
  /**
   * Is another rule on? A rule leaves a fault to a more specific rule when that one is on (the
   * consistent-form rule does not repeat what the bracket rule says about "（一）、").
   */
  enabled(id: string): boolean
  report(message: RuleMessage, place: Position): void
}

/** A rule's examples: text it reports, where it reports it, and the fixed text it accepts. */
export interface RuleExamples {
  /** A text the rule reports. */
  fails: string
  /** Where, as "line:column" of each message, in order. */
  reports: readonly string[]
  /** The same text with the fault fixed: the rule reports nothing. */
  passes: string
}

/**
 * One lint rule. `id` is stable (configuration and tools switch on it). The rule's module carries
 * the same examples in its doc comment, and the tests check that they agree and that the rule
 * reports exactly there (test/lint-rules.test.ts).
 */
export interface Rule {
  id: string
  /** What the rule catches, in English. */
  description: string
  /** What the rule catches, in Chinese. */
  descriptionZh: string
  /** Default severity in each preset. */
  severity: Readonly<Record<PresetName, RuleSetting>>
  examples: RuleExamples
  check(context: LintContext): void
}
