/** Stands in for the share-card worker in tests: "draws" a card by writing which thread took it. */
import { parentPort, threadId } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';

parentPort!.on('message', ({ id, file, text }: { id: number; file: string; text: { kicker: string } }) => {
  if (text.kicker === 'FAILS') return parentPort!.postMessage({ id, error: 'no glyphs' });
  // A few milliseconds a card, as drawing takes, so a second worker has cards left to share.
  const until = Date.now() + 1;
  while (Date.now() < until);
  writeFileSync(file, String(threadId));
  parentPort!.postMessage({ id });
});
