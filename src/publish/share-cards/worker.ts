/** A worker thread that draws share cards: each card's words in, its PNG written to the given file. */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { drawShareCard } from './draw.ts';
import { doClaimedJobs } from './claimed-jobs.ts';
import type { Job } from './integration.ts';
import { writeWhole } from '../../write-whole.ts';

// Cards wait for Astro, never the other way round: on Linux this thread alone
// (its task id in /proc/thread-self) runs at the lowest priority, so page
// rendering keeps its core and the cards take whatever time is left over.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Elsewhere the cards share the machine evenly; they still draw in the background.
}

// Written whole or not at all: an interrupted build never leaves half a PNG in the cache.
doClaimedJobs<Job>(({ text, file }) => writeWhole(file, drawShareCard(text)));
