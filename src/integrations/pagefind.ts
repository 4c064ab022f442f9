/**
 * Indexes the built site with Pagefind once, after Astro has written every
 * page. Only elements marked `data-pagefind-body` are indexed (articles,
 * timeline, glossary, people, sources), so navigation and footers never show
 * up in results. An indexing error fails the build.
 *
 * In `astro dev` there is no fresh index, so the last build's index is served
 * instead; with no build yet, the search page says a build is needed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
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
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no pages to index (is data-pagefind-body missing?)');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
