/**
 * Hands the memory content sync used back to the system before pages are built. Rendering every body grows
 * the heap to several times what the build then keeps, and V8 holds the pages it freed for reuse (its GC log's
 * "pooled") until the process ends, under the peak of the build's last steps. One memory-reducing collection,
 * once content is rendered, releases them. It needs `--expose-gc` (scripts/node-flags.ts); without it, as under a
 * bare `astro build`, nothing happens.
 */
import type { AstroIntegration } from 'astro';

/** V8's `gc()` as `--expose-gc` gives it, with the options it takes. */
type ExposedGc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * How much more than its heap the process must hold for the collection to be worth its time: a rebuild, which
 * renders few bodies, holds less and would wait for the collection to free little (docs/performance-log.md).
 */
export const WORTH_RELEASING = 384 * 2 ** 20;

/** A full, memory-reducing collection, where `gc` is exposed and the process holds enough beyond its heap. */
export function releaseFreedHeap(
  gc = (globalThis as { gc?: ExposedGc }).gc,
  memory: { rss: number; heapTotal: number } = process.memoryUsage(),
  worth = WORTH_RELEASING,
): boolean {
  if (typeof gc !== 'function' || memory.rss - memory.heapTotal < worth) return false;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}

/** After the site checks' integration, whose build:start waits for every body to be rendered. */
export function heapAfterSync(): AstroIntegration {
  return { name: 'explainer-heap-after-sync', hooks: { 'astro:build:start': () => void releaseFreedHeap() } };
}
