/** Stands in for the share-card worker in tests: "draws" a card by writing which thread took it. */
import { threadId } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { doClaimedJobs } from '../../src/publish/share-cards/claimed-jobs.ts';
import type { Job } from '../../src/publish/share-cards/integration.ts';

doClaimedJobs<Job>(({ file, text }) => {
  if (text.kicker === 'FAILS') throw new Error('no glyphs');
  // A few milliseconds a card, as drawing takes, so a second worker has cards left to share.
  const until = Date.now() + 1;
  while (Date.now() < until);
  writeFileSync(file, String(threadId));
});
