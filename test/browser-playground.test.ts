/**
 * The playground in a real browser: Debian's chromium driven by playwright-core. Builds the static
 * page, serves it on 127.0.0.1, pastes a speech, checks the outline and the diagnostics, clicks a
 * heading and keeps a screenshot in test-artifacts/playground.png.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const CHROMIUM = '/usr/bin/chromium'
const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'playground/dist')
const available = existsSync(CHROMIUM)

if (!available) {
  console.warn(
    `\n${'!'.repeat(72)}\n!! BROWSER TEST SKIPPED: ${CHROMIUM} is missing (apt-get install chromium).\n${'!'.repeat(72)}\n`,
  )
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

let server: Server
let browser: Browser
let url = ''

describe.runIf(available)('playground in chromium', () => {
  beforeAll(async () => {
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', 'playground', '--logLevel', 'error'], {
      cwd: root,
    })
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '')
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path)
      if (!file.startsWith(dist) || !existsSync(file)) {
        res.writeHead(404).end()
        return
      }
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  it('parses a pasted speech, shows outline and diagnostics, highlights a clicked heading', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(url)
    const speech = [
      '在全区安全生产工作会议上的讲话',
      '同志们：',
      '今天召开会议，部署安全生产工作。',
      '一、提高认识',
      '安全生产是底线。主要有两点：一是认清形势；二是压实责任。',
      '（一）统一思想',
      '思想要统一。',
      '二、狠抓落实',
      '落实是关键。',
      '四、强化保障',
      '保障要有力。',
    ].join('\n')
    await page.fill('#input', speech)
    await page.waitForFunction(() => document.querySelector('#outline')?.textContent?.includes('强化保障'))
    const outline = await page.locator('#outline').innerText()
    expect(outline).toContain('在全区安全生产工作会议上的讲话')
    expect(outline).toContain('一、提高认识')
    expect(outline).toContain('（一）统一思想')
    const diagnostics = await page.locator('#diagnostics').innerText()
    expect(diagnostics).toContain('numbering-gap')
    expect(diagnostics).toContain('第 10 行')
    await page.locator('#outline :is(summary, .leaf)', { hasText: '狠抓落实' }).click()
    expect(await page.locator('#source-view .hl').first().getAttribute('data-line')).toBe('8')
    expect(await page.locator('#markdown').innerText()).toContain('## 一、提高认识')
    await page.click('#sample')
    await page.waitForFunction(() => document.querySelector('#outline')?.textContent?.includes('基层治理'))
    await page.locator('#outline :is(summary, .leaf)', { hasText: '完善运行机制' }).click()
    mkdirSync(join(root, 'test-artifacts'), { recursive: true })
    await page.screenshot({ path: join(root, 'test-artifacts/playground.png'), fullPage: false })
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)
})
