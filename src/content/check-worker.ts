/** One worker's share of the body checks (content/check-bodies.ts), for large content folders on several cores. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBodiesHere, type BodyCheckOptions, type BodyToCheck } from './check-bodies.ts';

const { contentDir, bodies, render } = workerData as {
  contentDir: string;
  bodies: BodyToCheck[];
  render?: BodyCheckOptions['render'];
};
const { errors, rendered } = await checkBodiesHere(contentDir, bodies, render);
parentPort!.postMessage({
  errors: errors.map((e) => ({ file: e.file, line: e.line, problem: e.problem, fix: e.fix })),
  rendered,
});
