/**
 * Starts a worker thread that loads its modules from Node's compile cache, as the build's own thread does:
 * Astro turns the cache on for that thread alone, and a worker would otherwise strip and compile every
 * TypeScript module it imports afresh.
 */
import { readlinkSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { setPriority } from 'node:os';
import { dirname } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const cache = getCompileCacheDir?.();
  // The folder Node was given; it keeps each Node version's entries in a folder of their own under it.
  const env =
    cache && !process.env.NODE_COMPILE_CACHE ? { ...process.env, NODE_COMPILE_CACHE: dirname(cache) } : undefined;
  return new Worker(entry, env ? { env, ...options } : options);
}

/**
 * Lowers the calling thread's priority (a nice value, 19 the lowest) so that the threads the build waits on keep
 * the cores: on Linux this thread alone, by its task id in /proc/thread-self. Elsewhere it keeps an even share.
 */
export function lowerThisThread(nice: number): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), nice);
  } catch {
    // No per-thread priority here: the thread runs as the others do.
  }
}
