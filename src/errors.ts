/** Error codes thrown by the public API. Stable: tools may switch on them. */
export type SpeechOutlineErrorCode =
  | 'BAD_ARGUMENT' // the input is not a string (or an option has the wrong type)
  | 'TOO_LARGE' // the input is longer than `maxInputLength`
  | 'UNDECODABLE' // bytes that are neither UTF-8, UTF-16 with a BOM, nor GB18030
  | 'BINARY' // the input looks like a binary file
  | 'UNSUPPORTED' // a file type the tool does not read

/** The one error class the library throws on bad input; `code` says which fault it is. */
export class SpeechOutlineError extends Error {
  readonly code: SpeechOutlineErrorCode

  constructor(code: SpeechOutlineErrorCode, message: string) {
    super(message)
    this.name = 'SpeechOutlineError'
    this.code = code
  }
}
