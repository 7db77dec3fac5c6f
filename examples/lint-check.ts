/**
 * Check a draft's numbering and hierarchy before it goes out.  Run: npx tsx examples/lint-check.ts
 *
 * Two drafts written for this example: an official notice checked against GB/T 9704-2012 (the
 * gbt9704 preset) and a speech checked the lenient way (the speech preset, the default).
 */
import { countDiagnostics, diagnosticsToJson, formatDiagnostics, lintSpeech } from '../src/index.js'

const notice = `关于加强机关作风建设的通知
一.总体要求
（一）、提高认识
作风建设关系全局。
二.重点任务
（一）整治形式主义
（二）整治官僚主义
（二）整治享乐主义
四.组织保障
各单位要加强领导。`

const speech = `在全镇安全生产工作会议上的讲话
今天召开全镇安全生产工作会议，部署今年任务。
一、突出抓好重点领域整治
一是抓道路交通。严查酒驾醉驾。
二要抓消防安全。重点排查出租房屋。
第三，抓建筑施工。落实现场安全管理制度。
二、切实强化责任落实
各村各单位要做到：一是落实属地责任；二是落实监管责任；四是落实主体责任。`

// 1. An official document, held to GB/T 9704-2012: marker forms and numbering are errors.
const strict = lintSpeech(notice, { preset: 'gbt9704' })
console.log(formatDiagnostics(strict, 'notice.txt'))

// 2. A speech, the lenient way; one rule re-graded and messages in Chinese only.
const lenient = lintSpeech(speech, { rules: { 'marker-style-switch': 'error' }, language: 'zh' })
console.log(formatDiagnostics(lenient, 'speech.txt'))

// 3. For machines: plain objects (what `speech-outline --check --format json` prints).
console.log(JSON.stringify(diagnosticsToJson(lenient, 'speech.txt')[0], null, 2))

// 4. An exit code for CI: fail when an error was found.
const { error, warning, info } = countDiagnostics(lenient)
console.log(`speech.txt: ${error} error(s), ${warning} warning(s), ${info} info → exit ${error > 0 ? 1 : 0}`)
