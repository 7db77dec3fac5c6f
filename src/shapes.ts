/**
 * One instance of each of the parser's classes, kept for the life of the module.
 *
 * V8 gives the objects a constructor makes a hidden class ("map") reached from the constructor's
 * first map by transitions that the collector treats as weak. When a full garbage collection finds
 * no live object of a class (a parse is over and its records dropped), it may free that hidden class,
 * and with it goes the optimised code of every function that reads such objects: "marking dependent
 * code … for deoptimization, reason: weak objects" under `node --trace-deopt`, about 190 functions
 * of the parser after each full collection. The next parses then run unoptimised until V8 has
 * compiled them again (parses of 100 KB after `gc()`: 4–6 times as slow for the first twenty, still
 * slower for a hundred more). A process that parses now and then (an editor, a server) meets a full
 * collection between most parses. One live instance per class keeps its hidden class, and the code.
 */
const kept: unknown[] = []

/** Keeps `instance` alive for as long as the library is loaded, and returns it. */
export function keepShape<T>(instance: T): T {
  kept.push(instance)
  return instance
}
