/**
 * Refuses to publish a broken site. It checks the pages' ids, links and published anchors (reading only the pages
 * written anew since the last build): in a rebuild as soon as Astro has written them, while Astro finishes and the
 * sitemap is written. At the end of the build it looks for the files the pages link to, then publishes the aliases
 * and forwarding pages for moved anchors (check-site.ts; check-pages.ts says in which thread). Each job is a file of
 * its own.
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
  const site = (dir: URL) => ({ out: fileURLToPath(dir), base, contentDir: options.contentDir });
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
        checks?.pagesWritten(site(dir));
      },
      'astro:build:done': ({ dir, logger }) =>
        stoppingOn(() =>
          timed('checks', async () => {
            if (!checks) throw new Error('the site checks were not started with the build');
            // Astro skips build:generated when it has no page to generate.
            const { pages, linksChecked, info } = await checks.check(site(dir));
            checks = undefined;
            for (const line of info) logger.info(line);
            const again =
              linksChecked === pages
                ? ''
                : linksChecked === 0
                  ? ' (every link lands as in the last build)'
                  : ` (the links of ${linksChecked} checked again; the others land as in the last build)`;
            logger.info(`checked ${pages} pages: every internal link and anchor resolves${again}`);
          }),
        ),
    },
  };
}
