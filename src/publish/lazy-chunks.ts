/**
 * Lets a page load code on first use without Vite's preload helper.
 *
 * `import('./x.ts')` in client code makes Vite wrap the call in a helper
 * that every page then loads up front, whatever it imports
 * later. Here each lazily loaded module is emitted as a chunk of its own, and
 * `virtual:lazy-chunks` gives its URL, so pages load it with a plain
 * `import(url)`. In dev the URL is the module's source path, which Vite serves.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { withTrailingSlash } from '../urls.ts';

const ID = 'virtual:lazy-chunks';
const RESOLVED = `\0${ID}`;

/** The modules pages load on first use, by the name client code asks for. */
const LAZY = {
  search: '../scripts/search/index.ts',
  highlight: '../scripts/search/highlight.ts',
  previews: '../scripts/previews.ts',
  copyLink: '../scripts/copy-link.ts',
  place: '../scripts/place.ts',
  // Search in Ukrainian (its words, its stemming): loaded by search and highlighting on Ukrainian pages only.
  uk: '../scripts/search/ukrainian.ts',
} as const;

export function lazyChunks(): Plugin {
  let building = false;
  let base = '/';
  return {
    name: 'explainer-lazy-chunks',
    // Page scripts stay files, however small they get: Astro would inline one under Vite's assetsInlineLimit,
    // and the Content Security Policy (csp.ts) allows no inline script but the theme snippet.
    config: () => ({ build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) } }),
    configResolved(config) {
      building = config.command === 'build';
      base = withTrailingSlash(config.base);
    },
    // Each importer gets a copy of its own (a few bytes): one module shared by the page script and the search
    // code would become a chunk of its own, one more request on every page.
    resolveId(id, importer) {
      return id === ID ? `${RESOLVED}?${importer ?? ''}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`${RESOLVED}?`)) return undefined;
      const urls = Object.entries(LAZY).map(([name, path]) => {
        const file = fileURLToPath(new URL(path, import.meta.url));
        if (!building) return `export const ${name} = ${JSON.stringify(`${base}@fs${file}`)};`;
        const ref = this.emitFile({ type: 'chunk', id: file, name });
        return `export const ${name} = import.meta.ROLLUP_FILE_URL_${ref};`;
      });
      return urls.join('\n');
    },
  };
}
