/**
 * Build steps report their duration to the benchmark (scripts/bench.ts) when
 * EXPLAINER_TIMINGS names a file: one JSON line per step. Silent otherwise.
 */
import { appendFileSync } from 'node:fs';

export async function timed<T>(step: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    const file = process.env.EXPLAINER_TIMINGS;
    if (file) appendFileSync(file, `${JSON.stringify({ step, ms: Math.round(performance.now() - start) })}\n`);
  }
}
