/** One worker's share of the body checks (content/check-bodies.ts), for large content folders on several cores. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBodiesHere, type BodyCheckOptions, type BodyToCheck } from './check-bodies.ts';
import { adoptContentIndex, type IndexRead } from './content-index.ts';
import type { FaithfulnessData } from './faithfulness/rule-data.ts';

const { contentDir, bodies, faithfulness, render, index } = workerData as {
  contentDir: string;
  bodies: BodyToCheck[];
  /** Each edition's faithfulness rules and sources, as the build read them. */
  faithfulness: FaithfulnessData[];
  render?: BodyCheckOptions['render'];
  /** The content index the build has read already (none when a source could not be read). */
  index?: IndexRead;
};
if (index) adoptContentIndex(contentDir, index);
// Each body as soon as it is done: Astro's content sync takes the renderings as they come.
await checkBodiesHere(contentDir, bodies, faithfulness, render, (done) => parentPort!.postMessage(done));
parentPort!.postMessage('done');
