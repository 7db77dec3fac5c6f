import { readdirSync, readFileSync } from 'node:fs'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Every regular expression of the library (src/), checked for super-linear backtracking by recheck
 * (https://makenowjust-labs.github.io/recheck/): the literals are read from the source with the TypeScript parser,
 * the expressions built at run time (new RegExp(...)) are recorded while the modules load.
 */
interface Pattern {
  where: string
  source: string
  flags: string
}

const SRC = new URL('../src/', import.meta.url)

function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sourceFiles(new URL(`${entry.name}/`, dir))
    return entry.name.endsWith('.ts') ? [new URL(entry.name, dir)] : []
  })
}

interface Scan {
  literals: Pattern[]
  /** `new RegExp(...)` and `RegExp(...)` calls: at module level, or inside the named function. */
  builds: Array<{ where: string; insideFunction: string | null }>
}

function scanFile(file: URL): Scan {
  const name = file.pathname.slice(SRC.pathname.length)
  const source = ts.createSourceFile(name, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const scan: Scan = { literals: [], builds: [] }
  const where = (node: ts.Node) =>
    `src/${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`
  const visit = (node: ts.Node, fn: string | null): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source)
      const slash = text.lastIndexOf('/')
      scan.literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) })
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      scan.builds.push({ where: where(node), insideFunction: fn })
    }
    const inner = ts.isFunctionLike(node) ? `${name}#${functionName(node)}` : fn
    ts.forEachChild(node, (child) => visit(child, inner))
  }
  visit(source, null)
  return scan
}

function functionName(node: ts.SignatureDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text
  const parent = node.parent
  return parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)
    ? parent.name.text
    : '(anonymous)'
}

/** Modules that run when imported (the CLI's entry point and its worker thread): scanned, not loaded. */
const ENTRY_POINTS = new Set(['cli/main.ts', 'cli/worker.ts'])

/**
 * Expressions built inside a function from its arguments, which loading the modules cannot record,
 * each with why its cost stays bounded.
 */
const BUILT_IN_FUNCTIONS: Record<string, string> = {
  'cli/inputs.ts#globToRegExp':
    "the user's own glob (* → [^/]*, ** → .*), matched against relative file paths, not against speech text",
  'markdown/plain-handlers.ts#unsafeCharacterTest':
    "one character class of single characters (those of mdast-util-to-markdown's unsafe patterns): a test of each character once",
}

/**
 * Patterns recheck cannot clear, each with why it stays linear where the library applies it. Keyed
 * by the exact source, so a changed pattern is checked again.
 */
const REVIEWED: Record<string, string> = {
  // frame.ts TITLE_WORDS: `在.{1,40}(会|…)` tries at most 40 characters from each 在, and runs only
  // on title candidates (lines of at most 60 characters).
  '(讲话|發言|发言|致辞|致詞|講話|讲稿|报告|報告|党课|黨課|讲义|辅导|演讲|總結|总结|贺词|动员|部署会|在.{1,40}(会|會|式|班|典礼|仪式|论坛|座谈|上))':
    'bounded repetition, title candidates only',
  // noise.ts WEB_FURNITURE: the checker runs out of time on its size; bounded repetitions ({0,12})
  // and anchored alternatives, tried only on lines of at most 60 characters (MAX_NOISE_LENGTH).
  '^【[^】]{0,12}(打印|关闭|收藏|字体|字号|返回|顶部|分享|评论|纠错)[^】]{0,12}】|^(上一篇|下一篇|上一页|下一页|相关阅读|相关文章|相关链接|责任编辑|编辑|来源|发布时间|发布日期|浏览次数|阅读次数|点击数|点击量|字号|分享到)\\s*[:：]|^[（(]\\s*(来源|稿件来源|作者单位|责任编辑)\\s*[:：][^）)]*[）)]$|^(返回顶部|打印本页|关闭窗口|【?打印正文】?|分享到[:：]?.*)$':
    'bounded repetition, anchored, short lines only',
}

describe('regular expressions in src/ (recheck)', () => {
  const files = sourceFiles(SRC)
  const scans = files.map(scanFile)
  const literals = scans.flatMap((scan) => scan.literals)
  const builds = scans.flatMap((scan) => scan.builds)
  const built: Pattern[] = []
  const NativeRegExp = globalThis.RegExp

  // Load every module with RegExp replaced by a recording proxy: the expressions built from strings
  // at module level (numeral classes, marker grammars) are caught as they are made. Only those made
  // by src/ itself are kept (its dependencies build their own while they load).
  beforeAll(async () => {
    const record = (made: RegExp): RegExp => {
      const stack = new Error().stack ?? ''
      const inSrc = stack
        .split('\n')
        .slice(2)
        .find((frame) => frame.includes(SRC.pathname))
      if (inSrc !== undefined) built.push({ where: inSrc.trim(), source: made.source, flags: made.flags })
      return made
    }
    globalThis.RegExp = new Proxy(NativeRegExp, {
      construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
      apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
    })
    try {
      for (const file of files) {
        if (!ENTRY_POINTS.has(file.pathname.slice(SRC.pathname.length))) await import(file.href)
      }
    } finally {
      globalThis.RegExp = NativeRegExp
    }
  }, 60_000)
  afterAll(() => {
    globalThis.RegExp = NativeRegExp
  })

  it('finds the literals and the built expressions', () => {
    // A broken collector would pass every check below on an empty list.
    expect(literals.length).toBeGreaterThan(40)
    const atModuleLevel = builds.filter((b) => b.insideFunction === null)
    expect(atModuleLevel.length).toBeGreaterThan(5)
    expect(built.length).toBeGreaterThanOrEqual(atModuleLevel.length)
    // An expression built inside a function is only checked by review.
    const inFunctions = builds.flatMap((b) => (b.insideFunction === null ? [] : [b.insideFunction]))
    expect([...new Set(inFunctions)].sort()).toEqual(Object.keys(BUILT_IN_FUNCTIONS).sort())
  })

  it('has no pattern with super-linear backtracking', () => {
    const seen = new Set<string>()
    const problems: string[] = []
    for (const pattern of [...literals, ...built]) {
      const key = `/${pattern.source}/${pattern.flags}`
      if (seen.has(key) || REVIEWED[pattern.source] !== undefined) continue
      seen.add(key)
      const result = checkSync(pattern.source, pattern.flags, { randomSeed: 20261122, timeout: 10_000 })
      if (result.status !== 'safe') {
        const detail = result.status === 'vulnerable' ? result.complexity.summary : result.error.kind
        problems.push(`${pattern.where} ${key}: ${result.status} (${detail})`)
      }
    }
    expect(problems).toEqual([])
  }, 120_000)

  it('keeps its reviewed exceptions current', () => {
    const sources = new Set([...literals, ...built].map((p) => p.source))
    for (const source of Object.keys(REVIEWED)) expect(sources.has(source), source).toBe(true)
  })
})
