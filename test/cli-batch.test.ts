/** End-to-end tests of the built CLI on trees of files, globs, --out, .docx and large batches. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const run = (args: string[], cwd?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function speech(n: number): string {
  return `在第${n}次工作会议上的讲话\n同志们：\n一、提高认识\n认识很重要。一是学习；二是实践。\n（一）统一思想\n思想要统一。\n二、狠抓落实\n落实是关键。\n`
}

let root = ''
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'speech-outline-batch-'))
  mkdirSync(join(root, 'in/2024/spring'), { recursive: true })
  writeFileSync(join(root, 'in/a.txt'), speech(1))
  writeFileSync(join(root, 'in/2024/b.txt'), speech(2))
  writeFileSync(join(root, 'in/2024/spring/c.md'), '# 标题\n\n# 一、总体\n\n# （一）目标\n')
  writeFileSync(join(root, 'in/2024/notes.csv'), 'not,a,speech\n')
})

describe('directories, globs and --out', () => {
  it('reads a directory tree and mirrors it under --out with the right extensions', () => {
    const out = join(root, 'out-md')
    const r = run([join(root, 'in'), '--format', 'markdown', '--out', out])
    expect(r.code).toBe(0)
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toContain('## 一、提高认识')
    expect(readFileSync(join(out, '2024/b.md'), 'utf8')).toContain('# 在第2次工作会议上的讲话')
    expect(readFileSync(join(out, '2024/spring/c.md'), 'utf8')).toBe(
      '# 标题\n\n## 一、总体\n\n### （一）目标\n',
    )
    expect(existsSync(join(out, '2024/notes.md'))).toBe(false)
    expect(r.stderr).toMatch(/^speech-outline: 3 documents, 6 headings, 0 warnings, 0 errors, 0 failed/)
  })

  it('writes JSON files with --format json --out, and JSON Lines to stdout without it', () => {
    const out = join(root, 'out-json')
    expect(run([join(root, 'in'), '--format', 'json', '--out', out]).code).toBe(0)
    expect(JSON.parse(readFileSync(join(out, '2024/b.json'), 'utf8')).title).toBe('在第2次工作会议上的讲话')
    const lines = run([join(root, 'in/a.txt'), join(root, 'in/2024/b.txt'), '--format', 'json'])
      .stdout.trim()
      .split('\n')
    expect(lines.map((l) => JSON.parse(l).title)).toEqual([
      '在第1次工作会议上的讲话',
      '在第2次工作会议上的讲话',
    ])
  })

  it('expands a glob', () => {
    const r = run(['in/**/*.txt', '--format', 'json', '-q'], root)
    expect(r.stdout.trim().split('\n')).toHaveLength(2)
    expect(run(['in/**/*.none'], root).stderr).toMatch(/no input files match/)
  })
})

describe('.docx', () => {
  it('reads a Word document and keeps its automatic list numbering as markers', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              {
                level: 1,
                format: LevelFormat.CHINESE_COUNTING,
                text: '（%2）',
                alignment: AlignmentType.LEFT,
              },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('在全区工作会议上的讲话')] }),
            new Paragraph({ children: [new TextRun('同志们：')] }),
            new Paragraph({
              children: [new TextRun('提高认识')],
              numbering: { reference: 'outline', level: 0 },
            }),
            new Paragraph({
              children: [new TextRun('统一思想')],
              numbering: { reference: 'outline', level: 1 },
            }),
            new Paragraph({ children: [new TextRun('思想要统一。')] }),
            new Paragraph({
              children: [new TextRun('狠抓落实')],
              numbering: { reference: 'outline', level: 0 },
            }),
            new Paragraph({ children: [new TextRun('落实是关键。')] }),
          ],
        },
      ],
    })
    const file = join(root, 'speech.docx')
    writeFileSync(file, await Packer.toBuffer(doc))
    const r = run([file])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('# 在全区工作会议上的讲话\n\n- 一、提高认识\n  - （一）统一思想\n- 二、狠抓落实\n')
  })

  it('reports a broken .docx in one line', () => {
    const file = join(root, 'broken.docx')
    writeFileSync(file, 'this is not a zip')
    const r = run([file])
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(`speech-outline: ${file}: not a valid .docx file (it is not a zip archive)`)
  })
})

describe('a batch of 2,000 documents', () => {
  it('completes on worker threads with a correct summary, a bad file reported and skipped', () => {
    const dir = join(root, 'batch')
    mkdirSync(dir, { recursive: true })
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `s${String(i).padStart(4, '0')}.txt`), speech(i))
    writeFileSync(join(dir, 's9999.txt'), Buffer.from([0x00, 0x01, 0x02]))
    const out = join(root, 'batch-out')
    const r = run([dir, '--out', out, '--jobs', '2'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`speech-outline: ${join(dir, 's9999.txt')}: looks like a binary file`)
    expect(r.stderr).toMatch(
      /speech-outline: 2000 documents, 6000 headings, 0 warnings, 0 errors, 1 failed, [\d.]+ s\n$/,
    )
    expect(readFileSync(join(out, 's1999.md'), 'utf8')).toContain('# 在第1999次工作会议上的讲话')
  })
})
