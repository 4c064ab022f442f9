/** A worker thread that draws share cards: SVG in, PNG written to the given file. */
import { parentPort } from 'node:worker_threads';
import { renameSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { RESVG_OPTIONS } from '../lib/share-card.ts';

parentPort!.on('message', ({ id, svg, file }: { id: number; svg: string; file: string }) => {
  try {
    const png = new Resvg(svg, RESVG_OPTIONS).render().asPng();
    // Written whole or not at all: an interrupted build never leaves half a PNG in the cache.
    writeFileSync(`${file}.${process.pid}.tmp`, png);
    renameSync(`${file}.${process.pid}.tmp`, file);
    parentPort!.postMessage({ id });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
});
