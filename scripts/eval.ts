/**
 * npm run eval -- DIR [--json] [--thresholds FILE] [--quiet]
 *
 * Scores parseSpeech on every DIR/*.gold.json (format: shared/corpus/README.md): a table per
 * document, the problems found, then one `summary:` line. Exit 1 when a metric is below its
 * threshold (--thresholds FILE), 2 when the evaluation cannot run. The work is in scripts/eval/.
 */
import { runEval } from './eval/run.js'

process.exitCode = await runEval(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
