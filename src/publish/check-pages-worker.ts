/** The site checks' worker thread (check-pages.ts): it reads the last build's facts, then checks the site. */
import { parentPort, workerData } from 'node:worker_threads';
import { ReadPagesCache } from './read-pages-cache.ts';
import { BuildStop } from './build-stop.ts';
import { checkSite, type SiteToCheck } from './check-site.ts';
import { lowerThisThread } from '../worker-thread.ts';

// A rebuild waits on Pagefind re-indexing what changed, not on these checks: they take a core when it is free.
lowerThisThread(10);

const known = new ReadPagesCache((workerData as { cacheFile: string }).cacheFile);

parentPort!.once('message', (site: SiteToCheck) => {
  try {
    parentPort!.postMessage(checkSite(site, known));
  } catch (e) {
    parentPort!.postMessage(e instanceof BuildStop ? { stop: e.message } : { error: (e as Error).stack ?? String(e) });
  }
});
