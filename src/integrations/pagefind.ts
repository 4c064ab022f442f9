/**
 * Indexes the built site with Pagefind once, after Astro has written every
 * page. Article pages are indexed from their `data-pagefind-body`; timeline
 * events, glossary terms, people and source sentences are indexed one entry
 * at a time (see search-records.ts) so each is a result landing on its anchor.
 * Navigation, footers and back-lists are never indexed. An indexing error
 * fails the build.
 *
 * In `astro dev` there is no fresh index, so the last build's index is served
 * instead; with no build yet, the search page says a build is needed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { listHtml, pageKey } from '../lib/built-site.ts';
import { entryRecords } from '../lib/search-records.ts';
import { timed } from '../lib/build-timings.ts';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

export function pagefindIndex(): AstroIntegration {
  let lastIndex = '';
  let base = '/';
  return {
    name: 'explainer-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        lastIndex = join(fileURLToPath(config.outDir), 'pagefind');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(lastIndex)) {
          logger.warn('no search index yet: search answers after "npm run build"');
          return;
        }
        logger.info('search uses the index from the last build');
        server.middlewares.use(`${base}pagefind`, sirv(lastIndex, { dev: true }));
      },
      'astro:build:done': ({ dir, logger }) => timed('pagefind', async () => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          let entries = 0;
          for (const file of listHtml(site)) {
            const html = readFileSync(file, 'utf8');
            if (!html.includes('data-search-entry')) continue;
            // URLs without the base: Pagefind's baseUrl option adds it for every result alike.
            for (const record of entryRecords(html, `/${pageKey(site, file)}`)) {
              const res = await index.addHTMLFile(record);
              if (res.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${res.errors.join('; ')}`);
              entries++;
            }
          }
          if (added.page_count + entries === 0) throw new Error('Pagefind found nothing to index (is data-pagefind-body missing?)');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages and ${entries} entries for search`);
        } finally {
          await pagefind.close();
        }
      }),
    },
  };
}
