/** Astro's cache folder, where builds also keep what they reuse: tests and the bench give each site its own. */
import { resolve } from 'node:path';

export const CACHE_DIR = resolve(process.env.EXPLAINER_CACHE_DIR ?? 'node_modules/.astro');
