/** Command-line inputs → files: plain files, directories (recursed), globs, and "-" for stdin. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'

export interface InputFile {
  /** Path to read, or "-" for standard input. */
  path: string
  /** Path relative to the argument it came from (a directory or a glob's base): mirrored by --out. */
  relative: string
}

export const READABLE = /\.(txt|text|md|markdown|docx)$/i

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path, out)
    else if (entry.isFile() && READABLE.test(entry.name)) out.push(path)
  }
}

/** A glob (`*`, `?`, `**`) as a regular expression over paths relative to its base. */
function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*'
      i++
      if (pattern[i + 1] === '/') i++
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

function expandGlob(pattern: string): InputFile[] {
  const parts = pattern.split('/')
  const firstWild = parts.findIndex((p) => /[*?]/.test(p))
  const base = parts.slice(0, firstWild).join('/') || '.'
  const rest = parts.slice(firstWild).join('/')
  if (!existsSync(base)) return []
  const matcher = globToRegExp(rest)
  const all: string[] = []
  walk(base, all)
  return all
    .map((path) => ({ path, relative: relative(base, path).split(sep).join('/') }))
    .filter((f) => matcher.test(f.relative))
}

/** Expands the arguments; a missing plain file is kept (and reported when it is read). */
export function expandInputs(args: readonly string[]): InputFile[] {
  const files: InputFile[] = []
  for (const arg of args.length > 0 ? args : ['-']) {
    if (arg === '-') files.push({ path: '-', relative: 'stdin' })
    else if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found: string[] = []
      walk(arg, found)
      for (const path of found)
        files.push({ path, relative: relative(resolve(arg), resolve(path)).split(sep).join('/') })
    } else if (!existsSync(arg) && /[*?]/.test(arg)) files.push(...expandGlob(arg))
    else files.push({ path: arg, relative: arg.split(/[\\/]/).pop() ?? arg })
  }
  return files
}
