import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SpeechDocumentSchema } from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const speech = '在全区工作会议上的讲话\n同志们：\n一、提高认识\n认识很重要。\n二、狠抓落实\n落实是关键。\n'

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'speech-outline-cli-'))
})

describe('speech-outline CLI', () => {
  it('prints the outline of a file', () => {
    const file = join(dir, 'a.txt')
    writeFileSync(file, speech)
    const r = run([file])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('# 在全区工作会议上的讲话\n\n- 一、提高认识\n- 二、狠抓落实\n')
  })

  it('prints the SpeechDocument as JSON that passes the schema', () => {
    const file = join(dir, 'b.txt')
    writeFileSync(file, speech)
    const r = run([file, '--format', 'json'])
    expect(r.code).toBe(0)
    const doc = SpeechDocumentSchema.parse(JSON.parse(r.stdout))
    expect(doc.sections.map((s) => s.text)).toEqual(['提高认识', '狠抓落实'])
  })

  it('reads standard input', () => {
    const r = run(['--format', 'json'], speech)
    expect(JSON.parse(r.stdout).title).toBe('在全区工作会议上的讲话')
  })

  it('detects GB18030, UTF-8 with BOM and UTF-16 LE', () => {
    // 一、 in GB18030 is d2 bb a1 a2; the text "一、学习" follows a title line in ASCII-free Chinese.
    const gb = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd1, 0xa7, 0xcf, 0xb0, 0x0a])
    const cases: Array<[string, Buffer]> = [
      ['gb.txt', gb],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('一、学习\n')])],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、学习\n', 'utf16le')])],
      [
        'utf16be.txt',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('一、学习\n', 'utf16le').swap16()]),
      ],
    ]
    for (const [name, bytes] of cases) {
      const file = join(dir, name)
      writeFileSync(file, bytes)
      const r = run([file])
      expect(r.stdout, name).toBe('- 一、学习\n')
    }
  })

  it('decodes with a forced --encoding, and names the file when the bytes do not decode', () => {
    const file = join(dir, 'forced.txt')
    writeFileSync(file, Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd1, 0xa7, 0xcf, 0xb0, 0x0a]))
    expect(run([file, '--encoding', 'gb18030']).stdout).toBe('- 一、学习\n')
    const r = run([file, '--encoding', 'utf-8'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(`speech-outline: ${file}: cannot be decoded as utf-8`)
  })

  it('reports a missing file and a binary file in one line each, goes on, and exits 2', () => {
    const good = join(dir, 'good.txt')
    const binary = join(dir, 'bin.dat')
    writeFileSync(good, speech)
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
    const r = run([join(dir, 'missing.txt'), binary, good])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toEqual([
      `speech-outline: ${join(dir, 'missing.txt')}: no such file`,
      `speech-outline: ${binary}: looks like a binary file (it contains NUL bytes)`,
      expect.stringMatching(
        /^speech-outline: 1 documents, 2 headings, 0 warnings, 0 errors, 2 failed, [\d.]+ s$/,
      ),
    ])
    expect(r.stdout).toContain('一、提高认识')
  })

  it('refuses an unknown option or format with a one-line error', () => {
    const r = run(['--format', 'yaml'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^speech-outline: unknown --format yaml/)
    expect(run(['--nope']).stderr).toMatch(/^speech-outline: Unknown option '--nope'/)
  })

  it('prints the whole speech as Markdown, with the Markdown options', () => {
    const file = join(dir, 'm.txt')
    writeFileSync(file, speech)
    expect(run([file, '--format', 'markdown', '--markers', 'strip', '--top-depth', '2']).stdout).toBe(
      '## 在全区工作会议上的讲话\n\n同志们：\n\n### 提高认识\n\n认识很重要。\n\n### 狠抓落实\n\n落实是关键。\n',
    )
    expect(run([file, '--top-depth', '9']).stderr).toMatch(
      /^speech-outline: --top-depth must be 1 to 6, got 9/,
    )
  })

  it('re-levels a .md input when the output is Markdown', () => {
    const file = join(dir, 'converted.md')
    writeFileSync(file, '# 标题\n\n# 一、总体\n\n# （一）目标\n\n正文。\n')
    expect(run([file, '--format', 'markdown']).stdout).toBe(
      '# 标题\n\n## 一、总体\n\n### （一）目标\n\n正文。\n',
    )
  })

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/^usage: speech-outline/)
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('speech-outline --check', () => {
  it('prints diagnostics and exits 1 when an error is found', () => {
    const file = join(dir, 'gap.txt')
    writeFileSync(file, '在会上的讲话\n同志们：\n一、学习\n正文。\n二、实践\n正文。\n四、总结\n正文。\n')
    const r = run([file, '--check'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:1  error  编号跳号.*  numbering-gap$`,
        'm',
      ),
    )
  })

  it('switches a rule off or re-grades it with --rule, and refuses an unknown rule', () => {
    const file = join(dir, 'gap2.txt')
    writeFileSync(file, '在会上的讲话\n同志们：\n一、学习\n正文。\n三、总结\n正文。\n')
    expect(run([file, '--check', '--rule', 'numbering-gap=off']).code).toBe(0)
    const graded = run([file, '--check', '--rule', 'numbering-gap=info'])
    expect(graded.code).toBe(0)
    expect(graded.stdout).toMatch(/ {2}info {2}.* {2}numbering-gap$/m)
    expect(run([file, '--check', '--rule', 'no-such-rule=off']).stderr).toMatch(
      /^speech-outline: unknown lint rule in --rule/,
    )
  })

  it('caps heading depth with --max-depth', () => {
    const file = join(dir, 'deep.txt')
    writeFileSync(file, '一、甲\n（一）乙\n1.丙\n（1）丁\n')
    const doc = JSON.parse(run([file, '--format', 'json', '--max-depth', '2']).stdout)
    expect(doc.warnings.map((w: { code: string }) => w.code)).toEqual(['DEPTH_CAPPED', 'DEPTH_CAPPED'])
    expect(run([file, '--max-depth', '0']).stderr).toMatch(/--max-depth must be 1 to 64/)
  })

  it('exits 0 on a clean draft and prints JSON diagnostics with --format json', () => {
    const file = join(dir, 'clean.txt')
    writeFileSync(file, speech)
    expect(run([file, '--check']).code).toBe(0)
    const strict = run([file, '--check', '--preset', 'gbt9704', '--format', 'json'])
    expect(Array.isArray(JSON.parse(strict.stdout))).toBe(true)
    expect(run([file, '--check', '--preset', 'loose']).stderr).toMatch(/unknown --preset loose/)
  })
})
