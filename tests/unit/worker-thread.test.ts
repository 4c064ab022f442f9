/** Worker threads load their modules from the compile cache the build's thread uses. */
import { afterAll, describe, expect, it } from 'vitest';
import { enableCompileCache, getCompileCacheDir } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { startWorker } from '../../src/build/worker-thread.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-compile-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reportsItsCache = new URL(
  `data:text/javascript,${encodeURIComponent(
    "import { getCompileCacheDir } from 'node:module'; import { parentPort } from 'node:worker_threads';" +
      'parentPort.postMessage(getCompileCacheDir() ?? null);',
  )}`,
);

describe('startWorker', () => {
  it("gives the worker this thread's compile cache", async () => {
    if (!getCompileCacheDir()) enableCompileCache(dir);
    const worker = startWorker(reportsItsCache);
    const [cache] = await once(worker, 'message');
    await worker.terminate();
    expect(cache).toBe(getCompileCacheDir());
  });
});
