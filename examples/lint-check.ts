/**
 * Check a draft's numbering and hierarchy before it goes out.  Run: npx tsx examples/lint-check.ts
 */
import { formatDiagnostics, lintSpeech } from '../src/index.js'

const draft = `关于加强机关作风建设的通知
一.总体要求
（一）、提高认识
作风建设关系全局。
二.重点任务
（一）整治形式主义
（二）整治官僚主义
（二）整治享乐主义
四.组织保障
各单位要加强领导。`

const file = lintSpeech(draft, { preset: 'gbt9704' })
console.log(formatDiagnostics(file, 'draft.txt'))
