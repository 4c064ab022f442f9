/** A worker thread that draws share cards: each card's words in, its PNG written to the given file. */
import { drawShareCard } from './draw.ts';
import { doClaimedJobs } from './claimed-jobs.ts';
import type { Job } from './integration.ts';
import { writeWhole } from '../../build/write-whole.ts';
import { lowerThisThread } from '../../build/worker-thread.ts';

// Cards wait for Astro, never the other way round: page rendering keeps its core and the cards take whatever
// time is left over.
lowerThisThread(19);

// Written whole or not at all: an interrupted build never leaves half a PNG in the cache.
doClaimedJobs<Job>(({ text, file }) => writeWhole(file, drawShareCard(text)));
