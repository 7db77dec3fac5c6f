/** Worker thread of a large batch: reads, parses and renders the files it is sent. */
import { parentPort } from 'node:worker_threads'
import { describeError } from './errors.js'
import { type JobOptions, readText, runJob } from './process-input.js'

interface Task {
  index: number
  path: string
  name: string
  options: JobOptions
}

parentPort?.on('message', async (task: Task) => {
  try {
    const text = await readText(task.path, task.options.encoding)
    parentPort?.postMessage({
      index: task.index,
      result: await runJob(task.path, task.name, text, task.options),
    })
  } catch (error) {
    parentPort?.postMessage({ index: task.index, error: describeError(error) })
  }
})
