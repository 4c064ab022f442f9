/**
 * Refuses to publish a broken site. Once Astro has written the pages it checks their ids, links and published
 * anchors (reading only the pages written anew since the last build), while the build's other steps run; once
 * those are done, the links to files. Then it publishes the aliases and forwarding pages for moved anchors
 * (check-site.ts; check-pages.ts says in which thread). Each job is a file of its own.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PageChecks } from './check-pages.ts';
import { timed } from './build-timings.ts';
import { withTrailingSlash } from '../urls.ts';
import { stoppingOn } from './build-stop.ts';

export function siteChecks(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let checks: PageChecks | undefined;
  return {
    name: 'explainer-site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        checks = new PageChecks(join(cacheDir, 'built-pages.json'));
      },
      // Every page is written and in its place (rendered-pages.ts and edition-404.ts run first).
      'astro:build:generated': ({ dir }) => {
        checks?.pagesWritten({ out: fileURLToPath(dir), base, contentDir: options.contentDir });
      },
      'astro:build:done': ({ logger }) =>
        stoppingOn(() =>
          timed('checks', async () => {
            if (!checks) throw new Error('the site checks were not started with the build');
            const { pages, info } = await checks.check();
            checks = undefined;
            for (const line of info) logger.info(line);
            logger.info(`checked ${pages} pages: every internal link and anchor resolves`);
          }),
        ),
    },
  };
}
