/** A worker thread that draws share cards: the card's words in, PNG written to the given file. */
import { parentPort } from 'node:worker_threads';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { drawShareCard, type CardText } from './draw.ts';
import { writeWhole } from '../../write-whole.ts';

// Cards wait for Astro, never the other way round: on Linux this thread alone
// (its task id in /proc/thread-self) runs at the lowest priority, so page
// rendering keeps its core and the cards take whatever time is left over.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Elsewhere the cards share the machine evenly; they still draw in the background.
}

parentPort!.on('message', ({ id, text, file }: { id: number; text: CardText; file: string }) => {
  try {
    const png = drawShareCard(text);
    // Written whole or not at all: an interrupted build never leaves half a PNG in the cache.
    writeWhole(file, png);
    parentPort!.postMessage({ id });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
});
