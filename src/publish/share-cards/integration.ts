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
 */
export function drawInWorkers(jobs: Job[], entry = new URL('./worker.ts', import.meta.url)): CardDrawing {
  if (jobs.length === 0) return { done: Promise.resolve(), hurry: () => {} };
  mkdirSync(dirname(jobs[0]!.file), { recursive: true });
  let next = 0;
  let finished = 0;
  const workers: Worker[] = [];
  const stop = () => workers.forEach((worker) => void worker.terminate());
  let start = () => {};
  const done = new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    start = () => {
      // Without the compile cache (src/worker-thread.ts): this worker lives through the build's memory peak, where
      // that cache's code held about 65 MiB more; it loads few modules.
      const worker = new Worker(entry);
      workers.push(worker);
      const feed = () => {
        if (next >= jobs.length) return;
        const id = next++;
        worker.postMessage({ id, ...jobs[id] });
      };
      worker.on('message', ({ id, error }: { id: number; error?: string }) => {
        if (error) return fail(new Error(`the share card for ${jobs[id]!.file} could not be drawn: ${error}`));
        finished += 1;
        if (finished === jobs.length) {
          stop();
          resolve();
        } else feed();
      });
      worker.on('error', fail);
      // A worker that ends without a word (killed, out of memory) must not leave the build waiting.
      worker.on('exit', (code) => {
        if (finished < jobs.length)
          fail(new Error(`a share-card worker stopped (exit code ${code}) with ${jobs.length - finished} cards left`));
      });
      feed();
    };
  });
  start();
  return {
    done,
    hurry: () => {
      if (workers.length === 1 && jobs.length - next >= HURRY_FOR) start();
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
