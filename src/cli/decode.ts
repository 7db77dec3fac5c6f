/** Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE by BOM, else GB18030. */
import { SpeechOutlineError } from '../errors.js'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030']

export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    return 'gb18030'
  }
}

function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false
  const n = Math.min(bytes.length, 8192)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true
  return false
}

/** Decodes a file's bytes; `forced` overrides detection. Throws SpeechOutlineError when it can't. */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): { text: string; encoding: Encoding } {
  const encoding = forced ?? detectEncoding(bytes)
  if (looksBinary(bytes, encoding)) {
    throw new SpeechOutlineError('BINARY', 'looks like a binary file (it contains NUL bytes)')
  }
  try {
    // TextDecoder drops a leading BOM, which is what we want for the text itself.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding }
  } catch {
    throw new SpeechOutlineError('UNDECODABLE', `cannot be decoded as ${encoding}`)
  }
}
