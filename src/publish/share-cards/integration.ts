/**
 * Draws the sharing cards (/og/*.png) during a build, in a worker thread that
 * starts as soon as the configuration is known, while Astro renders pages; the
 * build waits for it last, after the checks and the search index, with a second
 * worker if many cards are left. Unchanged cards come from the cache.
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedCardFile, cardText, shareCardsFor } from './card.ts';
import type { CardText } from './draw.ts';
import { timed } from '../build-timings.ts';
import { linkOrCopy } from '../link-or-copy.ts';
import type { ClaimedJobs, JobReport } from './claimed-jobs.ts';

export interface Job {
  text: CardText;
  file: string;
}

/** Cards drawn in the background, and a way to finish them sooner once the build has nothing else to do. */
export interface CardDrawing {
  /** Resolves when every card is on disk, rejects on the first failure. */
  done: Promise<void>;
  /** A second worker takes its share of the cards not begun yet, if enough are left to repay its start. */
  hurry(): void;
}

/** Cards a second worker must find left to repay its start: it loads the renderer afresh, in the time of 150 cards. */
export const HURRY_FOR = 400;

/**
 * Runs the jobs on one worker, which draws most cards while Astro renders the pages; a second would only take a
 * core from Astro and hold another heap (and the renderer's memory) through the build's peak. Once the build
 * reaches its last step, the peak behind it and a core idle, `hurry` shares what is left with a second worker.
 * Workers claim the cards themselves (claimed-jobs.ts), so they draw on while this thread is busy.
 */
export function drawInWorkers(jobs: Job[], entry = new URL('./worker.ts', import.meta.url)): CardDrawing {
  if (jobs.length === 0) return { done: Promise.resolve(), hurry: () => {} };
  mkdirSync(dirname(jobs[0]!.file), { recursive: true });
  const shared: ClaimedJobs<Job> = { jobs, next: new Int32Array(new SharedArrayBuffer(4)) };
  let finished = 0;
  let running = 0;
  const workers: Worker[] = [];
  const stop = () => workers.forEach((worker) => void worker.terminate());
  let start = () => {};
  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      stop();
      if (error) reject(error);
      else resolve();
    };
    start = () => {
      // Without the compile cache (src/build/worker-thread.ts): this worker lives through the build's memory peak,
      // where that cache's code held about 65 MiB more; it loads few modules.
      const worker = new Worker(entry, { workerData: shared });
      workers.push(worker);
      running += 1;
      worker.on('message', ({ id, error }: JobReport) => {
        if (error) return settle(new Error(`the share card for ${jobs[id]!.file} could not be drawn: ${error}`));
        finished += 1;
        if (finished === jobs.length) settle();
      });
      worker.on('error', settle);
      // A worker ends once no card is left to claim, its reports delivered first. One that ends with cards
      // undrawn and none still drawing them (killed, out of memory) must not leave the build waiting.
      worker.on('exit', (code) => {
        running -= 1;
        if (finished < jobs.length && (code !== 0 || running === 0))
          settle(
            new Error(`a share-card worker stopped (exit code ${code}) with ${jobs.length - finished} cards left`),
          );
      });
    };
  });
  start();
  return {
    done,
    hurry: () => {
      if (workers.length === 1 && jobs.length - Atomics.load(shared.next, 0) >= HURRY_FOR) start();
    },
  };
}

export function shareCards(options: { contentDir: string }): AstroIntegration {
  let building = false;
  let drawing: Promise<Array<{ slug: string; file: string }>> | undefined;
  let hurry = () => {};
  return {
    name: 'explainer-share-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // After every config:setup hook (so the content linter has passed), before content sync.
      'astro:config:done': () => {
        if (!building) return;
        const cards = shareCardsFor(options.contentDir).map(({ slug, card }) => {
          const text = cardText(card);
          return { slug, text, file: cachedCardFile(text) };
        });
        // Two articles with the same title, dek and topic share one card file: draw it once.
        const todo = [...new Map(cards.filter((c) => !existsSync(c.file)).map((c) => [c.file, c])).values()];
        const cardsDrawn = drawInWorkers(todo);
        hurry = cardsDrawn.hurry;
        drawing = cardsDrawn.done.then(() => cards);
        // Failures surface in build:done; never as an unhandled rejection before it.
        drawing.catch(() => {});
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('share-cards', async () => {
          if (!drawing) return;
          // Last: the checks and the search index are done, and the cards alone keep the build.
          hurry();
          const cards = await drawing;
          const out = join(fileURLToPath(dir), 'og');
          // Another edition's cards are in a folder of their own (og/uk/).
          for (const folder of new Set(cards.map(({ slug }) => dirname(join(out, `${slug}.png`)))))
            mkdirSync(folder, { recursive: true });
          await Promise.all(cards.map(({ slug, file }) => linkOrCopy(file, join(out, `${slug}.png`))));
          logger.info(`${cards.length} share cards in og/`);
        }),
    },
  };
}
