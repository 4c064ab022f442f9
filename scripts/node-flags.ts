/**
 * V8 flags for every Node process that runs Astro. Node 24 compiles hot code on background threads, and a process
 * that exits while such a job waits for a garbage collection never finishes exiting: the main thread, exiting, waits
 * for the job, and the job for the main thread (nodejs/node#54918). Astro ends each command with process.exit; a
 * build now and then hung after its last line, its two compile threads (Maglev building code, Sparkplug) waiting so.
 * These flags keep both compilers and move the steps that allocate onto the main thread. Turning Maglev off instead
 * made a cold build an eighth slower; these cost nothing measurable (docs/performance-log.md).
 */
export const ASTRO_NODE_FLAGS = [
  '--no-maglev-build-code-on-background',
  '--no-maglev-deopt-data-on-background',
  '--no-concurrent-sparkplug',
  // A build hands back the heap content sync grew once content is rendered (src/build/heap-after-sync.ts).
  '--expose-gc',
];
