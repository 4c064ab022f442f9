/**
 * The site checks' worker thread (check-pages.ts): it reads the last build's facts, checks the pages once they are
 * written, and the rest once every file is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReadPagesCache } from './read-pages-cache.ts';
import { BuildStop } from './build-stop.ts';
import { checkWrittenPages, finishSiteChecks, type CheckedPages } from './check-site.ts';
import type { ToChecks } from './check-pages.ts';
import { lowerThisThread } from '../build/worker-thread.ts';

// Until the pages are written the build's thread renders them: this one takes a core when it is free.
lowerThisThread(10);

const known = new ReadPagesCache((workerData as { cacheFile: string }).cacheFile);

let checked: CheckedPages | { failed: unknown } | undefined;

const outcome = (e: unknown) =>
  e instanceof BuildStop ? { stop: e.message } : { error: (e as Error).stack ?? String(e) };

parentPort!.on('message', (message: ToChecks) => {
  if ('pages' in message) {
    try {
      checked = checkWrittenPages(message.pages, known);
    } catch (e) {
      checked = { failed: e };
    }
    return;
  }
  if (!checked) return void parentPort!.postMessage({ error: 'the pages were not checked before the files' });
  if ('failed' in checked) return void parentPort!.postMessage(outcome(checked.failed));
  try {
    parentPort!.postMessage(finishSiteChecks(checked, known));
  } catch (e) {
    parentPort!.postMessage(outcome(e));
  }
});
