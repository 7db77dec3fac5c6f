/**
 * Runs the jobs of a batch: in this thread for small batches, on worker threads (one per core by
 * default) for large ones. Results come back in input order; a failed input is reported and the
 * rest go on. A progress bar is drawn on stderr when it is a terminal and the batch is large.
 */
import { cpus } from 'node:os'
import { Worker } from 'node:worker_threads'
import { describeError } from './errors.js'
import type { InputFile } from './inputs.js'
import { type JobOptions, type JobResult, readText, runJob } from './process-input.js'

export type Outcome = { file: InputFile; result: JobResult } | { file: InputFile; error: string }

/** Batches at least this large use worker threads (when more than one job is allowed). */
export const WORKER_THRESHOLD = 50

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY || total < WORKER_THRESHOLD) return
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`)
  if (done === total) process.stderr.write('\n')
}

async function runHere(
  files: readonly InputFile[],
  options: JobOptions,
  stdin: () => Buffer,
  emit: (i: number, o: Outcome) => void,
): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!
    const name = file.path === '-' ? '<stdin>' : file.path
    try {
      const text = await readText(file.path, options.encoding, file.path === '-' ? stdin() : undefined)
      emit(i, { file, result: await runJob(file.path, name, text, options) })
    } catch (error) {
      emit(i, { file, error: describeError(error) })
    }
    progress(i + 1, files.length)
  }
}

function runOnWorkers(
  files: readonly InputFile[],
  options: JobOptions,
  jobs: number,
  emit: (i: number, o: Outcome) => void,
): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url)
  return new Promise((resolvePromise, reject) => {
    let next = 0
    let done = 0
    const workers: Worker[] = []
    const feed = (worker: Worker) => {
      if (next >= files.length) return
      const index = next++
      const file = files[index]!
      worker.postMessage({ index, path: file.path, name: file.path, options })
    }
    for (let w = 0; w < Math.min(jobs, files.length); w++) {
      const worker = new Worker(workerUrl)
      workers.push(worker)
      worker.on('message', (msg: { index: number; result?: JobResult; error?: string }) => {
        const file = files[msg.index]!
        emit(msg.index, msg.result ? { file, result: msg.result } : { file, error: msg.error ?? 'failed' })
        done++
        progress(done, files.length)
        if (done === files.length) {
          for (const x of workers) void x.terminate()
          resolvePromise()
        } else feed(worker)
      })
      worker.on('error', reject)
      feed(worker)
    }
  })
}

/** Runs every job; `emit` receives outcomes in input order. */
export async function runBatch(
  files: readonly InputFile[],
  options: JobOptions,
  jobs: number,
  stdin: () => Buffer,
  emit: (o: Outcome) => void,
): Promise<void> {
  // Deliver in input order even when workers finish out of order.
  const pending = new Map<number, Outcome>()
  let cursor = 0
  const ordered = (i: number, outcome: Outcome) => {
    pending.set(i, outcome)
    while (pending.has(cursor)) {
      emit(pending.get(cursor)!)
      pending.delete(cursor)
      cursor++
    }
  }
  const useWorkers = jobs > 1 && files.length >= WORKER_THRESHOLD && !files.some((f) => f.path === '-')
  if (useWorkers) await runOnWorkers(files, options, jobs, ordered)
  else await runHere(files, options, stdin, ordered)
}

export const defaultJobs = (): number => Math.max(1, cpus().length)
