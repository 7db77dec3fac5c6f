/**
 * The playground: the library's browser build, run on a pasted or dropped speech. Nothing leaves
 * the page; no server beyond the static files.
 */

import sample from '../examples/speeches/sample-speech.txt?raw'
import {
  diagnosticsToJson,
  lintSpeech,
  type MarkdownOptions,
  type Position,
  type PresetName,
  parseSpeech,
  type Section,
  type SpeechDocument,
  toMarkdown,
} from '../src/index.js'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const input = $<HTMLTextAreaElement>('input')
const sourceView = $<HTMLElement>('source-view')
const outline = $<HTMLDivElement>('outline')
const diagnostics = $<HTMLUListElement>('diagnostics')
const markdownView = $<HTMLPreElement>('markdown')
const jsonView = $<HTMLPreElement>('json')
const select = (id: string) => $<HTMLSelectElement>(id)

let activeTab: 'markdown' | 'json' = 'markdown'

function highlight(position: Position | null): void {
  for (const el of sourceView.querySelectorAll('.hl')) el.classList.remove('hl')
  if (!position) return
  for (let line = position.start.line; line <= position.end.line; line++) {
    sourceView.querySelector(`[data-line="${line}"]`)?.classList.add('hl')
  }
  sourceView.querySelector(`[data-line="${position.start.line}"]`)?.scrollIntoView({ block: 'center' })
}

function renderSource(text: string, doc: SpeechDocument): void {
  const removed = new Set(doc.removed.map((r) => r.position.start.line))
  sourceView.replaceChildren(
    ...text.split(/\r\n|\r|\n/).map((line, i) => {
      const div = document.createElement('div')
      div.dataset.line = String(i + 1)
      div.textContent = line || ' '
      if (removed.has(i + 1)) {
        div.classList.add('removed')
        div.title = '已作为噪声移除'
      }
      return div
    }),
  )
}

function sectionNode(section: Section): HTMLElement {
  const label = document.createElement(section.children.length > 0 ? 'summary' : 'div')
  label.className = section.children.length > 0 ? '' : 'leaf'
  if (section.marker) {
    const marker = document.createElement('span')
    marker.className = 'marker'
    marker.textContent = section.marker.raw
    label.append(marker)
  }
  label.append(section.text)
  label.dataset.depth = String(section.depth)
  label.addEventListener('click', () => {
    for (const el of outline.querySelectorAll('.active')) el.classList.remove('active')
    label.classList.add('active')
    highlight(section.position)
  })
  if (section.children.length === 0) return label
  const details = document.createElement('details')
  details.open = true
  details.append(label, ...section.children.map(sectionNode))
  return details
}

function renderOutline(doc: SpeechDocument): void {
  const nodes: HTMLElement[] = []
  if (doc.title) {
    const title = document.createElement('div')
    title.className = 'title'
    title.textContent = doc.title
    nodes.push(title)
  }
  nodes.push(...doc.sections.map(sectionNode))
  if (doc.sections.length === 0) {
    const empty = document.createElement('p')
    empty.textContent = '没有识别出标题层级。'
    nodes.push(empty)
  }
  outline.replaceChildren(...nodes)
  let count = 0
  const walk = (s: Section[]) => {
    for (const x of s) {
      count++
      walk(x.children)
    }
  }
  walk(doc.sections)
  $('stats').textContent = `${count} 个标题，移除 ${doc.removed.length} 行`
}

function renderDiagnostics(text: string): void {
  const preset = select('preset').value as PresetName
  const items = diagnosticsToJson(lintSpeech(text, { preset, language: 'zh' }), '')
  $('lint-count').textContent = items.length > 0 ? `${items.length} 条` : ''
  if (items.length === 0) {
    const ok = document.createElement('li')
    ok.className = 'ok'
    ok.textContent = '未发现结构问题。'
    diagnostics.replaceChildren(ok)
    return
  }
  diagnostics.replaceChildren(
    ...items.map((d) => {
      const li = document.createElement('li')
      li.className = d.severity
      const where = document.createElement('span')
      where.className = 'where'
      where.textContent = `第 ${d.line} 行`
      const rule = document.createElement('span')
      rule.className = 'rule'
      rule.textContent = d.ruleId ?? ''
      li.append(where, d.message, rule)
      li.addEventListener('click', () => {
        const start = { line: d.line ?? 1, column: d.column ?? 1, offset: 0 }
        highlight({ start, end: { ...start, line: d.endLine ?? start.line } })
      })
      return li
    }),
  )
}

function markdownOptions(): MarkdownOptions {
  return {
    mode: select('mode').value as 'document' | 'outline',
    markers: select('markers').value as 'keep' | 'strip',
    points: select('points').value as 'text' | 'list',
  }
}

function update(): void {
  const text = input.value
  const doc = parseSpeech(text)
  renderSource(text, doc)
  renderOutline(doc)
  renderDiagnostics(text)
  markdownView.textContent = toMarkdown(doc, markdownOptions())
  jsonView.textContent = JSON.stringify(doc, null, 2)
}

function showTab(tab: 'markdown' | 'json'): void {
  activeTab = tab
  markdownView.hidden = tab !== 'markdown'
  jsonView.hidden = tab !== 'json'
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')) {
    b.classList.toggle('active', b.dataset.tab === tab)
  }
}

let timer = 0
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = window.setTimeout(update, 150)
})
for (const id of ['mode', 'markers', 'points', 'preset']) select(id).addEventListener('change', update)
$('sample').addEventListener('click', () => {
  input.value = sample
  update()
})
async function loadFile(file: File): Promise<void> {
  input.value = await file.text()
  update()
}
$<HTMLInputElement>('file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0]
  if (file) void loadFile(file)
})
input.addEventListener('dragover', (e) => e.preventDefault())
input.addEventListener('drop', (e) => {
  e.preventDefault()
  const file = e.dataTransfer?.files[0]
  if (file) void loadFile(file)
})
for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]')) {
  b.addEventListener('click', () => showTab(b.dataset.tab as 'markdown' | 'json'))
}
$('copy').addEventListener('click', () => {
  void navigator.clipboard?.writeText((activeTab === 'markdown' ? markdownView : jsonView).textContent ?? '')
})
$('download').addEventListener('click', () => {
  const isMd = activeTab === 'markdown'
  const blob = new Blob([(isMd ? markdownView : jsonView).textContent ?? ''], {
    type: isMd ? 'text/markdown' : 'application/json',
  })
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = isMd ? 'speech.md' : 'speech.json'
  a.click()
  URL.revokeObjectURL(a.href)
})
update()
