/**
 * lintSpeech: structural faults of a speech as vfile messages (remark-lint's model: one rule per
 * module, a stable rule id, a position on every message). Severity maps to vfile's `fatal`:
 * error → true, warning → false, info → undefined (VFileMessage's own convention).
 */
import { VFile } from 'vfile'
import { SpeechOutlineError } from '../errors.js'
import { type ParseOptions, parseSpeech } from '../parse/parse-speech.js'
import type { Position, SpeechDocument } from '../schema.js'
import { Locator } from '../text/locate.js'
import { inlineLists, leadingPosition, type MarkerLocator, readingUnits, sectionLists } from './lists.js'
import { RULES } from './rules/index.js'
import { type InlineFault, inlineFaults, strayMarkers } from './text-scan.js'
import type { LintContext, PresetName, RuleMessage, RuleSetting, Severity } from './types.js'

/** Which language messages are written in: both (default, "中文（English）"), Chinese or English. */
export type MessageLanguage = 'both' | 'zh' | 'en'

export interface LintOptions {
  /**
   * 'speech' (default): spoken drafts; structural faults are errors, marker habits and heading
   * style warnings or info. 'gbt9704': official documents held to GB/T 9704-2012; marker forms,
   * punctuation and hierarchy are errors.
   */
  preset?: PresetName
  /** Per-rule settings over the preset: 'off' or a severity. */
  rules?: Readonly<Record<string, RuleSetting>>
  /** The source text, when linting a parsed document (some rules read its punctuation). */
  source?: string
  /** Options for parseSpeech when linting text. */
  parse?: ParseOptions
  /** Add the messages to this file instead of a new one. */
  file?: VFile
  /** The language of the messages (default 'both'). */
  language?: MessageLanguage
}

/** The `source` of every message: the namespace of the rule ids. */
export const LINT_SOURCE = 'speech-outline'
export const LINT_PRESETS: readonly PresetName[] = ['speech', 'gbt9704']
export const DEFAULT_LINT_PRESET: PresetName = 'speech'
const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info']
const RULE_DOCS = 'https://www.npmjs.com/package/speech-outline#lint-rules'

function fail(message: string): never {
  throw new SpeechOutlineError('BAD_ARGUMENT', message)
}

function checkOptions(options: LintOptions): PresetName {
  if (options === null || typeof options !== 'object') fail('lintSpeech options must be an object')
  const preset = options.preset ?? DEFAULT_LINT_PRESET
  if (!LINT_PRESETS.includes(preset))
    fail(`unknown lint preset ${String(preset)} (presets: ${LINT_PRESETS.join(', ')})`)
  const known = new Set(RULES.map((r) => r.id))
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!known.has(id)) fail(`unknown lint rule ${id}`)
    if (!SETTINGS.includes(setting))
      fail(`rule ${id}: unknown setting ${String(setting)} (settings: ${SETTINGS.join(', ')})`)
  }
  const language = options.language ?? 'both'
  if (language !== 'both' && language !== 'zh' && language !== 'en')
    fail(`unknown message language ${String(language)} (languages: both, zh, en)`)
  return preset
}

/** The severity of a rule under the options, or null when it is off. */
export function ruleSeverity(
  id: string,
  options: Pick<LintOptions, 'preset' | 'rules'> = {},
): Severity | null {
  const rule = RULES.find((r) => r.id === id)
  if (!rule) fail(`unknown lint rule ${id}`)
  const setting = options.rules?.[id] ?? rule.severity[options.preset ?? DEFAULT_LINT_PRESET]
  return setting === 'off' ? null : setting
}

function reasonOf(message: RuleMessage, language: MessageLanguage): string {
  return language === 'zh' ? message.zh : language === 'en' ? message.en : `${message.zh}（${message.en}）`
}

/** Finds the marker in the source at (or just after) the start of its heading or point. */
function markerLocator(source: string | null, locator: Locator | null): MarkerLocator {
  return (position: Position, raw: string) => {
    const start = position.start.offset
    if (source === null || locator === null || source.startsWith(raw, start) || raw === '')
      return leadingPosition(position, raw.length)
    // Markdown input: "**一、总体**" or "## 一、总体" may start before the marker.
    const at = source.indexOf(raw, start)
    return at >= 0 && at + raw.length <= position.end.offset
      ? locator.position(at, at + raw.length)
      : leadingPosition(position, raw.length)
  }
}

function isDocument(input: unknown): input is SpeechDocument {
  return (
    input !== null &&
    typeof input === 'object' &&
    (input as { type?: unknown }).type === 'speech' &&
    Array.isArray((input as { sections?: unknown }).sections)
  )
}

/**
 * Lints a speech given as text or as a parsed SpeechDocument and returns the vfile with one
 * message per fault: `ruleId`, `source` ('speech-outline'), `place` (the offending marker or
 * heading), `fatal` (true error, false warning, undefined info), `actual` and `expected` where the
 * fix is a rewrite of the marker.
 */
export function lintSpeech(input: string | SpeechDocument, options: LintOptions = {}): VFile {
  const preset = checkOptions(options)
  if (typeof input !== 'string' && !isDocument(input)) fail('lintSpeech expects a string or a SpeechDocument')
  const source = typeof input === 'string' ? input : (options.source ?? null)
  const doc = typeof input === 'string' ? parseSpeech(input, options.parse) : input
  const language = options.language ?? 'both'
  const file = options.file ?? new VFile(source === null ? undefined : { value: source })
  const locator = source === null ? null : new Locator(source)
  const locate = markerLocator(source, locator)
  const inline = inlineLists(doc, locate)
  const faults = new Map<object, InlineFault[]>()
  const context: Omit<LintContext, 'report' | 'enabled'> = {
    doc,
    source,
    sectionLists: sectionLists(doc, locate),
    inlineLists: inline,
    units: readingUnits(doc),
    inlineFaults(list) {
      if (source === null || locator === null) return []
      let found = faults.get(list)
      if (!found) {
        found = inlineFaults(list, strayMarkers(list, source, locator))
        faults.set(list, found)
      }
      return found
    },
  }
  const settings = { preset, rules: options.rules ?? {} }
  const on = new Set(RULES.filter((r) => ruleSeverity(r.id, settings) !== null).map((r) => r.id))
  const first = file.messages.length
  for (const rule of RULES) {
    const severity = ruleSeverity(rule.id, settings)
    if (severity === null) continue
    rule.check({
      ...context,
      enabled: (id) => on.has(id),
      report(message, place) {
        const m = file.message(reasonOf(message, language), { place, ruleId: rule.id, source: LINT_SOURCE })
        m.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
        if (message.actual !== undefined) m.actual = message.actual
        if (message.expected !== undefined) m.expected = message.expected
        m.url = RULE_DOCS
      },
    })
  }
  // Reading order (rules report in their own order; a stable sort keeps the rule order on ties).
  const ours = file.messages.splice(first)
  const offset = (p: (typeof ours)[number]) =>
    p.place && 'start' in p.place ? (p.place.start.offset ?? 0) : (p.place?.offset ?? 0)
  ours.sort((a, b) => offset(a) - offset(b))
  file.messages.push(...ours)
  return file
}

/** The rule table: id, description and the default severity in each preset. */
export function lintRules(): Array<{
  id: string
  description: string
  descriptionZh: string
  speech: RuleSetting
  gbt9704: RuleSetting
}> {
  return RULES.map((r) => ({
    id: r.id,
    description: r.description,
    descriptionZh: r.descriptionZh,
    speech: r.severity.speech,
    gbt9704: r.severity.gbt9704,
  }))
}
