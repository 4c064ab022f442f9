/**
 * The share-card workers' side of drawInWorkers (integration.ts): every worker is handed the whole list of jobs
 * and a counter shared by all of them, and claims the next job from the counter itself. A worker never waits
 * for the build's thread to hand it a card, so it draws on while that thread is busy, as it is for seconds at a
 * time on a large site; a second worker started later claims what is left.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** What each worker is started with. */
export interface ClaimedJobs<Job> {
  jobs: Job[];
  /** One Int32 on a SharedArrayBuffer: the index of the next job not yet claimed. */
  next: Int32Array;
}

/** What a worker reports of each job: done, or why it could not be. */
export interface JobReport {
  id: number;
  error?: string;
}

/** In a worker: does jobs until none is left to claim, reporting each; stops at the first failure. */
export function doClaimedJobs<Job>(doJob: (job: Job) => void): void {
  const { jobs, next } = workerData as ClaimedJobs<Job>;
  for (let id = Atomics.add(next, 0, 1); id < jobs.length; id = Atomics.add(next, 0, 1)) {
    try {
      doJob(jobs[id]!);
      parentPort!.postMessage({ id } satisfies JobReport);
    } catch (e) {
      parentPort!.postMessage({ id, error: (e as Error).message } satisfies JobReport);
      return;
    }
  }
}
