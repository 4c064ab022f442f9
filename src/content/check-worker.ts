/**
 * One worker's share of the body checks (content/check-bodies.ts), for large content folders on several cores.
 * Its modules load as it starts; its share comes in the first message (check-workers.ts may start it before the
 * bodies are known).
 */
import { parentPort } from 'node:worker_threads';
import { checkBodiesHere, type BodyCheckJob } from './check-bodies.ts';
import { adoptContentIndex } from './content-index.ts';

parentPort!.once('message', async ({ contentDir, bodies, faithfulness, render, index }: BodyCheckJob) => {
  if (index) adoptContentIndex(contentDir, index);
  // Each body as soon as it is done: Astro's content sync takes the renderings as they come.
  await checkBodiesHere(contentDir, bodies, faithfulness, render, (done) => parentPort!.postMessage(done));
  parentPort!.postMessage('done');
});
