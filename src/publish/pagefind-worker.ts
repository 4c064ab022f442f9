/**
 * The search index's own thread (pagefind-thread.ts): it holds the parts' Pagefind indexes and talks to
 * Pagefind's process, so records flow to Pagefind while the build's thread is busy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PartIndexes } from './pagefind-part.ts';
import type { FromThread, ToThread } from './pagefind-thread.ts';

const indexes = new PartIndexes((workerData as { excludeSelectors: string[] }).excludeSelectors);
const answer = (id: number, done: Promise<string | void>) =>
  done.then(
    (folder) => parentPort!.postMessage({ id, folder: folder ?? undefined } satisfies FromThread),
    (e: Error) => parentPort!.postMessage({ id, error: e.message } satisfies FromThread),
  );

// Messages are taken in the order sent: an index's records are all added before it is written.
parentPort!.on('message', (message: ToThread) => {
  if (message.op === 'add') indexes.add(message.index, message.records);
  else if (message.op === 'discard') indexes.discard(message.index);
  else if (message.op === 'write') void answer(message.id, indexes.write(message.index, message.folder, message.first));
  else void answer(message.id, indexes.close());
});
