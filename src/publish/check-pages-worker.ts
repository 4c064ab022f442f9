/** The site checks' worker thread (check-pages.ts): it reads the pages it is handed, then checks the site. */
import { parentPort, workerData } from 'node:worker_threads';
import { parsePage, type PageIds } from './built-site.ts';
import { ReadPagesCache } from './read-pages-cache.ts';
import { BuildStop } from './build-stop.ts';
import { checkSite } from './check-site.ts';
import type { ChecksRequest } from './check-pages.ts';

const known = new ReadPagesCache((workerData as { cacheFile: string }).cacheFile);
const handed = new Map<string, PageIds>();

parentPort!.on('message', (message: ChecksRequest) => {
  if ('key' in message) {
    handed.set(message.key, known.read(message.html, parsePage));
    return;
  }
  try {
    parentPort!.postMessage(checkSite(message.site, known, handed));
  } catch (e) {
    parentPort!.postMessage(e instanceof BuildStop ? { stop: e.message } : { error: (e as Error).stack ?? String(e) });
  }
});
