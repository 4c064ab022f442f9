/**
 * The body check's worker threads (check-worker.ts), one per core. A worker spends its first second or so loading
 * the Markdown plugins; a cold build of a large site starts them before it has read the content
 * (`prestartBodyWorkers`), so that they load while this thread runs the other content checks, and hands them their
 * bodies once it knows them.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../build/worker-thread.ts';

/**
 * The young generation of each worker's heap, in MiB. Rendering a body makes much short-lived garbage: with V8's
 * default a worker collected it far more often, and a cold build took about 6 % more CPU (docs/performance-log.md).
 */
const RENDER_YOUNG_GENERATION_MB = 128;

/** A worker started ahead, and why it stopped if it did before it was given work. */
interface Prestarted {
  worker: Worker;
  failed?: Error;
}

let prestarted: Prestarted[] = [];

const startBodyWorker = (): Worker =>
  startWorker(new URL('./check-worker.ts', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: RENDER_YOUNG_GENERATION_MB },
  });

/** Starts a worker per core to load the plugins while the bodies to check are worked out. */
export function prestartBodyWorkers(): void {
  if (prestarted.length > 0 || availableParallelism() < 2) return;
  prestarted = Array.from({ length: availableParallelism() }, () => {
    const started: Prestarted = { worker: startBodyWorker() };
    // Until it is given work it must not keep a failed build's process alive.
    started.worker.unref();
    started.worker.once('error', (e: Error) => (started.failed ??= e));
    started.worker.once(
      'exit',
      (code) => (started.failed ??= new Error(`a content-check worker stopped (exit ${code})`)),
    );
    return started;
  });
}

/** `count` workers, waiting for their bodies: those started ahead first. */
export function takeBodyWorkers(count: number): Worker[] {
  const taken = prestarted.splice(0, count).filter((p) => {
    if (!p.failed) return true;
    void p.worker.terminate();
    return false;
  });
  dropPrestartedWorkers();
  const workers = taken.map((p) => {
    p.worker.removeAllListeners('error').removeAllListeners('exit');
    p.worker.ref();
    return p.worker;
  });
  while (workers.length < count) workers.push(startBodyWorker());
  return workers;
}

/** Stops the workers started ahead and not taken (the bodies were too few for workers). */
export function dropPrestartedWorkers(): void {
  for (const { worker } of prestarted) void worker.terminate();
  prestarted = [];
}
