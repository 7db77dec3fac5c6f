/**
 * Character classes as tables: one byte per UTF-16 code unit, 1 for a member, so a hot loop tests a
 * character by its code without making a string or running an expression.
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1
  return table
}

/**
 * The code unit at `at`, or 0 past the end of the text. 0 is in no table, and a table indexed by it
 * stays an integer lookup: `charCodeAt` past the end gives NaN, which sends a typed-array read down
 * the engine's slow generic path.
 */
export function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : 0
}

/** The characters of the regular-expression class \s (U+3000 among them). */
export const WHITE_SPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

const WHITE_SPACE_TABLE = charTable(WHITE_SPACE)

/** True for the code units the regular-expression class \s matches. */
export function isWhiteSpace(code: number): boolean {
  return WHITE_SPACE_TABLE[code] === 1
}
