// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { explainerMarkdown } from './src/markdown/astro-processor.ts';
import { pagefindIndex } from './src/publish/pagefind.ts';
import { renderedPages } from './src/publish/rendered-pages.ts';
import { contentChecks } from './src/publish/content-checks.ts';
import { siteChecks } from './src/publish/site-checks.ts';
import { shareCards } from './src/publish/share-cards/integration.ts';
import { lazyChunks } from './src/publish/lazy-chunks.ts';
import { buildStoreFile, contentStoreFromFile } from './src/content/store-from-file.ts';
import sitemap from '@astrojs/sitemap';
import { contentDir } from './src/content/files.ts';
import { CACHE_DIR } from './src/build/cache-dir.ts';
import { OUT_DIR } from './src/build/out-dir.ts';
import { pageDates } from './src/content/last-modified.ts';
import { edition404 } from './src/publish/edition-404.ts';
import { sitemapOptions } from './src/publish/sitemap.ts';
import { withTrailingSlash } from './src/urls.ts';
import { keepContentFilesIn } from './src/content/content-file.ts';
import { heapAfterSync } from './src/build/heap-after-sync.ts';
import { unwatchedIn } from './src/build/dev-watch.ts';

// Tests build under a sub-path and into temporary folders through these variables.
const base = process.env.EXPLAINER_BASE ?? '/';
const site = process.env.EXPLAINER_SITE ?? 'https://london-talks.example.org';
const contentPath = fileURLToPath(new URL(`${contentDir}/`, import.meta.url));
// Read when the sitemap is written (after the build), not when the config loads.
let dates;
const sitemapDates = () => (dates ??= pageDates(contentPath));
// A build takes the content files unchanged since the last build from what that build read of them, from
// the start: the Markdown processor below reads every file's frontmatter (src/content/kept-content-files.ts).
if (process.argv[2] === 'build') keepContentFilesIn(`${CACHE_DIR}/content-files.json`);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: OUT_DIR,
  // Separate caches let tests build fixture sites without sharing a content store.
  cacheDir: CACHE_DIR,
  // Six pages at a time: each waits on writing its files (the page and Astro's cached copy), and with two the
  // thread sat idle for much of the build (README, Performance). Styles always come from files, so the Content
  // Security Policy (src/publish/csp.ts) needs no hashes for them.
  build: { format: 'directory', concurrency: 6, inlineStylesheets: 'never' },
  markdown: {
    // No code in an explainer, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Our plugins (citations, typography, heading links) without Astro's raw-HTML pass.
    processor: explainerMarkdown({ contentDir: contentPath, base, bodiesApart: true }),
  },
  integrations: [
    sitemap(sitemapOptions(new URL(withTrailingSlash(base), site).href, (path) => sitemapDates().get(path))),
    edition404(),
    contentChecks({ contentDir: contentPath }),
    // Once content is rendered (contentChecks waits for it): the heap content sync grew, handed back.
    heapAfterSync(),
    // Each page, as Astro renders it, also goes to the search index.
    renderedPages(),
    // Once the pages are in place (renderedPages, edition404); a broken link or anchor stops the build before
    // the search index is awaited.
    siteChecks({ contentDir: contentPath }),
    pagefindIndex(),
    // Last: its build:done waits for the cards, which draw while the steps above run.
    shareCards({ contentDir: contentPath }),
  ],
  experimental: {
    // Pages whose cacheKey (src/publish/cache-keys.ts) and code are unchanged come from the last build.
    incrementalBuild: true,
  },
  vite: {
    plugins: [lazyChunks(), contentStoreFromFile(buildStoreFile(CACHE_DIR))],
    // Not what builds and the benchmark write inside the project; the content folder always.
    server: { watch: { ignored: unwatchedIn(fileURLToPath(new URL('./', import.meta.url)), contentPath) } },
    build: {
      // The out folder is emptied before a rebuild links its unchanged pages in (src/publish/linked-pages.ts);
      // Astro's own emptying, later, would remove them.
      emptyOutDir: false,
      rollupOptions: {
        // Astro marks deferred Markdown modules with a directive the bundler warns
        // about once per file; the warning is Astro's own and harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
