/**
 * The built pages read Astro's content store from its file when they are generated, instead of from the
 * server bundle. Astro puts the whole store into the bundle as one string literal, which the bundler parses
 * and writes and Node compiles again: a cost that grows with the site and is paid by every rebuild, even
 * one that renders a single page. The store is the same JSON either way, written by content sync before the
 * bundle is made and read by the pages in the same process after it.
 *
 * Build only: the dev server reloads Astro's own module when content changes.
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';

/** Astro's content store of a build, in its cache folder. */
export const buildStoreFile = (cacheDir: string): string => join(cacheDir, 'data-store.json');

/** The dev server's content store, in the project's `.astro/` folder. */
export const devStoreFile = (root: string): string => join(root, '.astro', 'data-store.json');

/** Astro's module of the content store, as it resolves it (`astro:data-layer-content`). */
export const STORE_MODULE = '\0astro:data-layer-content';

/** The module that reads the store at `storeFile` when a page first asks for content. */
export function storeModule(storeFile: string): string {
  const file = JSON.stringify(storeFile);
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `export default existsSync(${file}) ? JSON.parse(readFileSync(${file}, 'utf8')) : new Map();`,
  ].join('\n');
}

export function contentStoreFromFile(storeFile: string): Plugin {
  return {
    name: 'explainer-content-store-from-file',
    apply: 'build',
    load: {
      // Before Astro's own plugin, which would load the store's text into the module.
      order: 'pre',
      filter: { id: new RegExp(`^${STORE_MODULE}$`) },
      handler: () => ({ code: storeModule(storeFile), map: { mappings: '' } }),
    },
  };
}
