import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { readInclusiveReport } from '../bench/callgrind.js'
import { INSTRUCTION_PEERS } from '../bench/peers.js'

const run = promisify(execFile)

// Lines in the shape callgrind_annotate 3.19 prints (signatures shortened).
const REPORT = `--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
8,337,524,268 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir                        file:function
--------------------------------------------------------------------------------
354,721,529,406 (4254.5%)  ???:Builtins_InterpreterEntryTrampoline'2 [/usr/bin/node]
  2,600,284,496 (31.19%)  ???:v8::internal::(anonymous namespace)::GetOrCompileOptimized(v8::internal::Isolate*, v8::internal::ConcurrencyMode) [/usr/bin/node]
  1,704,848,270 (20.45%)  ???:v8::internal::Compiler::CompileOptimized(v8::internal::Isolate*, v8::internal::CodeKind) [/usr/bin/node]
    922,494,397 (11.06%)  ???:v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::GCCallbackFlags) [/usr/bin/node]
    900,000,000 (10.80%)  ???:v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::GCCallbackFlags)'2 [/usr/bin/node]
    895,447,161 (10.74%)  ???:v8::internal::(anonymous namespace)::CompileOptimizedOSR(v8::internal::Isolate*) [/usr/bin/node]
    895,445,512 (10.74%)  ???:v8::internal::Compiler::CompileOptimizedOSR(v8::internal::Isolate*, v8::internal::BytecodeOffset) [/usr/bin/node]
    812,087,254 ( 9.74%)  ???:v8::internal::ScavengerCollector::CollectGarbage() [/usr/bin/node]
`

describe('bench:instructions', () => {
  it('reads the total, the collector and the optimising compiler from an inclusive report', () => {
    expect(readInclusiveReport(REPORT)).toEqual({
      total: 8_337_524_268,
      // The plain entry only: the recursive one ('2) is already inside it.
      gc: 922_494_397,
      // Compiler::CompileOptimized and Compiler::CompileOptimizedOSR, not their callers or helpers.
      compiler: 1_704_848_270 + 895_445_512,
      d1Misses: null,
    })
  })

  it('reads the level-1 data cache misses when the cache was simulated', () => {
    const simulated = `Events shown:     Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw
1,516,029,345 (100.0%) 407,812,197 (100.0%) 220,867,561 (100.0%) 12,502,126 (100.0%) 6,809,977 (100.0%) 2,143,051 (100.0%) 67,539 (100.0%) 62,724 (100.0%) 440,497 (100.0%)  PROGRAM TOTALS
`
    expect(readInclusiveReport(simulated)).toEqual({
      total: 1_516_029_345,
      gc: 0,
      compiler: 0,
      d1Misses: 6_809_977 + 2_143_051,
    })
  })

  it('refuses a report without totals instead of reporting zero instructions', () => {
    expect(() => readInclusiveReport('no report here')).toThrow(/PROGRAM TOTALS/)
  })

  it('runs every peer in its child process, and names an unknown one', async () => {
    const child = new URL('../bench/instructions-child.ts', import.meta.url).pathname
    for (const peer of INSTRUCTION_PEERS) {
      await expect(
        run(process.execPath, ['--expose-gc', '--import', 'tsx', child, peer, '20000', '1']),
      ).resolves.toBeDefined()
    }
    await expect(
      run(process.execPath, ['--expose-gc', '--import', 'tsx', child, 'no-such-peer', '20000', '1']),
    ).rejects.toThrow(/unknown peer "no-such-peer"/)
  }, 60_000)
})
