/** Diagnostics for people (file:line:column  severity  message  rule-id) and for machines (JSON). */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Severity } from './types.js'

/** vfile's convention: fatal true is an error, false a warning, null or undefined info. */
export function severityOfMessage(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** One message as plain data. Lines and columns are 1-based, offsets 0-based (UTF-16 units). */
export interface Diagnostic {
  file: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  /** Offset of the start in the input, when known. */
  offset: number | null
  severity: Severity
  ruleId: string | null
  /** The namespace of the rule ('speech-outline'). */
  source: string | null
  message: string
  /** The offending text as written, when the fix is a rewrite ("（一）、"). */
  actual?: string
  /** What to write instead (["（一）"]). */
  expected?: string[]
}

function nameOf(file: VFile, name: string | undefined): string {
  return name ?? file.path ?? '<input>'
}

/** The messages of a file as plain objects (for `--format json`). */
export function diagnosticsToJson(file: VFile, name?: string): Diagnostic[] {
  const fileName = nameOf(file, name)
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : null
    const point = m.place ? ('start' in m.place ? m.place.start : m.place) : null
    const d: Diagnostic = {
      file: fileName,
      line: m.line ?? null,
      column: m.column ?? null,
      endLine: place?.end.line ?? null,
      endColumn: place?.end.column ?? null,
      offset: point?.offset ?? null,
      severity: severityOfMessage(m),
      ruleId: m.ruleId ?? null,
      source: m.source ?? null,
      message: m.reason,
    }
    if (m.actual !== undefined) d.actual = m.actual
    if (m.expected !== undefined) d.expected = m.expected
    return d
  })
}

/**
 * The messages of a file, one a line: `file:line:column  severity  message  rule-id` (the form
 * compilers and linters print, so editors and CI annotate it). Empty when there is none.
 */
export function formatDiagnostics(file: VFile, name?: string): string {
  return diagnosticsToJson(file, name)
    .map((d) => `${d.file}:${d.line ?? 1}:${d.column ?? 1}  ${d.severity}  ${d.message}  ${d.ruleId ?? ''}`)
    .join('\n')
}

/** Counts of messages by severity. */
export function countDiagnostics(file: VFile): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const m of file.messages) counts[severityOfMessage(m)]++
  return counts
}
