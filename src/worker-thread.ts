/**
 * Starts a worker thread that loads its modules from Node's compile cache, as the build's own thread does:
 * Astro turns the cache on for that thread alone, and a worker would otherwise strip and compile every
 * TypeScript module it imports afresh.
 */
import { getCompileCacheDir } from 'node:module';
import { dirname } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const cache = getCompileCacheDir?.();
  // The folder Node was given; it keeps each Node version's entries in a folder of their own under it.
  const env =
    cache && !process.env.NODE_COMPILE_CACHE ? { ...process.env, NODE_COMPILE_CACHE: dirname(cache) } : undefined;
  return new Worker(entry, env ? { env, ...options } : options);
}
