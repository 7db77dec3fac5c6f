/**
 * lintSpeech: structural faults of a speech as vfile messages (remark-lint's model: one rule per
 * module, a stable rule id, a position on every message). Severity maps to vfile's `fatal`:
 * error → true, warning → false, info → undefined.
 */
import { VFile } from 'vfile'
import { type ParseOptions, parseSpeech } from '../parse/parse-speech.js'
import type { SpeechDocument } from '../schema.js'
import { inlineLists, sectionLists } from './lists.js'
import { RULES } from './rules/index.js'
import type { PresetName, RuleSetting, Severity } from './types.js'

export interface LintOptions {
  /** 'speech' (default): spoken drafts, lenient on enumeration styles; 'gbt9704': strict official documents. */
  preset?: PresetName
  /** Per-rule overrides: 'off' or a severity. */
  rules?: Record<string, RuleSetting>
  /** The source text, when linting a parsed document (some rules read its punctuation). */
  source?: string
  /** Options for parseSpeech when linting text. */
  parse?: ParseOptions
  /** Add the messages to this file instead of a new one. */
  file?: VFile
}

export const LINT_SOURCE = 'speech-outline'

function severityOf(setting: RuleSetting): Severity | null {
  return setting === 'off' ? null : setting
}

/** Lints a speech given as text or as a parsed SpeechDocument; returns the vfile with messages. */
export function lintSpeech(input: string | SpeechDocument, options: LintOptions = {}): VFile {
  const preset = options.preset ?? 'speech'
  if (preset !== 'speech' && preset !== 'gbt9704')
    throw new RangeError(`unknown lint preset ${String(preset)}`)
  const known = new Set(RULES.map((r) => r.id))
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!known.has(id)) throw new RangeError(`unknown lint rule ${id}`)
    if (!['off', 'error', 'warning', 'info'].includes(setting))
      throw new RangeError(`rule ${id}: unknown setting ${String(setting)}`)
  }
  const source = typeof input === 'string' ? input : (options.source ?? null)
  const doc = typeof input === 'string' ? parseSpeech(input, options.parse) : input
  const file = options.file ?? new VFile(source === null ? undefined : { value: source })
  const context = { doc, source, sectionLists: sectionLists(doc), inlineLists: inlineLists(doc) }
  for (const rule of RULES) {
    const severity = severityOf(options.rules?.[rule.id] ?? rule.severity[preset])
    if (severity === null) continue
    rule.check({
      ...context,
      report(message, place) {
        const m = file.message(`${message.zh}（${message.en}）`, {
          place,
          ruleId: rule.id,
          source: LINT_SOURCE,
        })
        m.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
        m.url = `https://www.npmjs.com/package/speech-outline#lint-rules`
      },
    })
  }
  file.messages.sort((a, b) =>
    a.place && b.place && 'start' in a.place && 'start' in b.place
      ? a.place.start.offset! - b.place.start.offset!
      : 0,
  )
  return file
}

/** The rule table: id, description and the default severity in each preset. */
export function lintRules(): Array<{
  id: string
  description: string
  speech: RuleSetting
  gbt9704: RuleSetting
}> {
  return RULES.map((r) => ({
    id: r.id,
    description: r.description,
    speech: r.severity.speech,
    gbt9704: r.severity.gbt9704,
  }))
}
