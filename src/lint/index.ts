export { countDiagnostics, type Diagnostic, diagnosticsToJson, formatDiagnostics } from './format.js'
export { LINT_SOURCE, type LintOptions, lintRules, lintSpeech } from './lint-speech.js'
export { RULES } from './rules/index.js'
export type { PresetName, Rule, RuleSetting, Severity } from './types.js'
