/** Reading callgrind_annotate's inclusive report: the counts bench/instructions.ts needs. */

export interface InstructionCount {
  /** Instructions of the whole process. */
  total: number
  /** Inside the garbage collector (Heap::CollectGarbage, inclusive). */
  gc: number
  /** Inside V8's optimising compiler (Compiler::CompileOptimized and CompileOptimizedOSR, inclusive). */
  compiler: number
  /** Level-1 data cache misses (reads and writes) of the whole process, when the cache was simulated. */
  d1Misses: number | null
}

const GC = /v8::internal::Heap::CollectGarbage\(/
const COMPILER = /v8::internal::Compiler::CompileOptimized(?:OSR)?\(/

/** The leading count of a report line ("1,234,567 (12.3%)  ???:name …"), or 0. */
function leadingCount(line: string): number {
  const match = /^\s*([\d,]+)\s/.exec(line)
  return match ? Number(match[1]!.replace(/,/g, '')) : 0
}

/**
 * The counts in the text of `callgrind_annotate --inclusive=yes`. A function listed more than once
 * (callgrind names a recursive entry `name'2`) is counted once, by its plain entry: the patterns end
 * at the opening parenthesis of the signature, which a recursive entry's name also has, so only
 * lines without the `'` suffix are summed.
 */
export function readInclusiveReport(report: string): InstructionCount {
  let total = 0
  let gc = 0
  let compiler = 0
  let events: string[] = []
  let d1Misses: number | null = null
  for (const line of report.split('\n')) {
    if (line.startsWith('Events shown:')) events = line.slice('Events shown:'.length).trim().split(/\s+/)
    else if (line.includes('PROGRAM TOTALS')) {
      total = leadingCount(line)
      // With --cache-sim=yes the line holds one count per event, each followed by its percentage.
      const counts = line
        .replace(/\([^)]*\)/g, '')
        .trim()
        .split(/\s+/)
        .map((c) => Number(c.replace(/,/g, '')))
      const read = events.indexOf('D1mr')
      const write = events.indexOf('D1mw')
      if (read >= 0 && write >= 0) d1Misses = counts[read]! + counts[write]!
    } else if (/\)'\d+ \[/.test(line)) continue
    else if (GC.test(line)) gc += leadingCount(line)
    else if (COMPILER.test(line)) compiler += leadingCount(line)
  }
  if (total === 0) throw new Error('callgrind_annotate printed no PROGRAM TOTALS line')
  return { total, gc, compiler, d1Misses }
}
