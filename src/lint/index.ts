export {
  countDiagnostics,
  type Diagnostic,
  diagnosticsToJson,
  formatDiagnostics,
  severityOfMessage,
} from './format.js'
export {
  DEFAULT_LINT_PRESET,
  LINT_PRESETS,
  LINT_SOURCE,
  type LintOptions,
  lintRules,
  lintSpeech,
  type MessageLanguage,
  ruleSeverity,
} from './lint-speech.js'
export { RULES } from './rules/index.js'
export type { PresetName, Rule, RuleExamples, RuleMessage, RuleSetting, Severity } from './types.js'
