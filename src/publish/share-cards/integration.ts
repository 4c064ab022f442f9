/**
 * Draws the sharing cards (/og/*.png) during a build, in a worker thread that
 * starts as soon as the configuration is known, while Astro renders pages; the
 * build waits for it last, after the checks and the search index. Unchanged
 * cards come from the cache.
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

interface Job {
  text: CardText;
  file: string;
}

/**
 * Runs the jobs on one worker, which draws every card long before Astro has rendered the pages; a second would
 * only take a core from Astro and hold another heap (and the renderer's memory) through the build's peak.
 * Resolves when every card is on disk, rejects on the first failure.
 */
function drawInWorker(jobs: Job[]): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  mkdirSync(dirname(jobs[0]!.file), { recursive: true });
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    // Without the compile cache (src/worker-thread.ts): this worker lives through the build's memory peak, where
    // that cache's code held about 65 MiB more; it loads few modules.
    const worker = new Worker(new URL('./worker.ts', import.meta.url));
    const stop = () => void worker.terminate();
    const feed = () => {
      if (next >= jobs.length) return;
      const id = next++;
      worker.postMessage({ id, ...jobs[id] });
    };
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      if (error) {
        stop();
        reject(new Error(`the share card for ${jobs[id]!.file} could not be drawn: ${error}`));
        return;
      }
      finished += 1;
      if (finished === jobs.length) {
        stop();
        resolve();
      } else feed();
    });
    worker.on('error', (e) => {
      stop();
      reject(e);
    });
    // A worker that ends without a word (killed, out of memory) must not leave the build waiting.
    worker.on('exit', (code) => {
      if (finished < jobs.length)
        reject(new Error(`a share-card worker stopped (exit code ${code}) with ${jobs.length - finished} cards left`));
    });
    feed();
  });
}

export function shareCards(options: { contentDir: string }): AstroIntegration {
  let building = false;
  let drawing: Promise<Array<{ slug: string; file: string }>> | undefined;
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
        drawing = drawInWorker(todo).then(() => cards);
        // Failures surface in build:done; never as an unhandled rejection before it.
        drawing.catch(() => {});
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('share-cards', async () => {
          if (!drawing) return;
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
