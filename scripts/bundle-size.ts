/**
 * npm run bundle-size: the core library's browser bundle (src/index.ts bundled by esbuild for the
 * browser platform, dependencies included), minified and gzipped. Fails (exit 1) when a Node
 * built-in ends up in the bundle: the library must run in a browser.
 */
import { builtinModules } from 'node:module'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

/** Bundles a module that re-exports `names` from the library (all of it when names is '*'). */
async function measure(names: string) {
  const index = new URL('../src/index.ts', import.meta.url).pathname
  const result = await build({
    stdin: {
      contents: `export ${names} from ${JSON.stringify(index)}`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]!.contents
  const nodeImports = Object.values(result.metafile.inputs)
    .flatMap((input) => input.imports.map((i) => i.path))
    .filter((path) => builtins.has(path) || path.startsWith('node:'))
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    nodeBuiltins: [...new Set(nodeImports)],
  }
}

const report = {
  /** parseSpeech alone: what a page that only outlines speeches ships. */
  parseSpeech: await measure('{ parseSpeech }'),
  /** The whole API: schemas (zod), Markdown (mdast), lint (vfile). */
  all: await measure('*'),
}
const nodeBuiltins = [...report.parseSpeech.nodeBuiltins, ...report.all.nodeBuiltins]
process.stdout.write(`${JSON.stringify(report)}\n`)
if (nodeBuiltins.length > 0) {
  process.stderr.write(`bundle-size: Node built-ins in the browser bundle: ${nodeBuiltins.join(', ')}\n`)
  process.exit(1)
}
