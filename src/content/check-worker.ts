/** One worker's share of the body checks (content/check.ts), for large content folders on several cores. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBodiesHere, type BodyToCheck } from './check.ts';

const { contentDir, bodies } = workerData as { contentDir: string; bodies: BodyToCheck[] };
const errors = await checkBodiesHere(contentDir, bodies);
parentPort!.postMessage(errors.map((e) => ({ file: e.file, line: e.line, problem: e.problem, fix: e.fix })));
