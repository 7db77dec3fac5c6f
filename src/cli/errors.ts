import { SpeechOutlineError } from '../errors.js'

/** One line that names the problem; never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof SpeechOutlineError) return error.message
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES') return 'permission denied'
  const message = error instanceof Error ? error.message : String(error)
  if (/end of central directory|zip/i.test(message)) return 'not a valid .docx file (it is not a zip archive)'
  return message.split('\n')[0] ?? 'unknown error'
}
