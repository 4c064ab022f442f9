/** A worker thread that draws share cards: SVG in, PNG written to the given file. */
import { parentPort, threadId } from 'node:worker_threads';
import { readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import { RESVG_OPTIONS } from './card.ts';
import { encodeOpaquePng } from './png.ts';

// Cards wait for Astro, never the other way round: on Linux this thread alone
// (its task id in /proc/thread-self) runs at the lowest priority, so page
// rendering keeps its core and the cards take whatever time is left over.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Elsewhere the cards share the machine evenly; they still draw in the background.
}

// Each card's pixmap lives outside the JavaScript heap, which V8 does not see
// filling up: left to itself it never collects. Collect every few cards.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
let drawn = 0;

parentPort!.on('message', ({ id, svg, file }: { id: number; svg: string; file: string }) => {
  try {
    const image = new Resvg(svg, RESVG_OPTIONS).render();
    const png = encodeOpaquePng(image.pixels, image.width, image.height);
    // Written whole or not at all: an interrupted build never leaves half a PNG in the cache.
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    if (++drawn % 4 === 0) gc();
    parentPort!.postMessage({ id });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
});
