/** Diagnostics for people (file:line:column  severity  message  rule-id) and for machines (JSON). */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Severity } from './types.js'

export function severityOfMessage(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface Diagnostic {
  file: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  severity: Severity
  ruleId: string | null
  message: string
}

export function diagnosticsToJson(file: VFile, name = file.path ?? '<input>'): Diagnostic[] {
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : null
    return {
      file: name,
      line: m.line ?? null,
      column: m.column ?? null,
      endLine: place?.end.line ?? null,
      endColumn: place?.end.column ?? null,
      severity: severityOfMessage(m),
      ruleId: m.ruleId ?? null,
      message: m.reason,
    }
  })
}

export function formatDiagnostics(file: VFile, name = file.path ?? '<input>'): string {
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
