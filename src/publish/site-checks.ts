/**
 * Refuses to publish a broken site. Before Astro reads content it runs the whole content check; before
 * pages are built it stops on errors recorded while content rendered; after Astro writes the pages it checks
 * ids, links and published anchors (parsing only the pages that changed since the last build), then
 * publishes the aliases and forwarding pages for moved ones. Each job is a file of its own.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readBuiltSite } from './built-site.ts';
import { ReadPagesCache } from './read-pages-cache.ts';
import { timed } from './build-timings.ts';
import { withTrailingSlash } from '../urls.ts';
import { stopBuild, stoppingOn } from './build-stop.ts';
import { contentReport, renderedContentReport, startBuildContentCheck } from './check-content.ts';
import type { ContentError } from '../content/content-error.ts';
import { checkCopyLinks } from './check-copy-links.ts';
import { checkDuplicateIds } from './check-duplicate-ids.ts';
import { checkBuiltLinks } from './check-links.ts';
import { checkPublishedAnchors } from './check-published-anchors.ts';
import { publishRedirects } from './redirects.ts';
import { forgetRendered } from '../markdown/prerendered.ts';
import { dropStoreWithoutBodies } from '../markdown/bodies-apart.ts';

export function siteChecks(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  let contentStore: URL | undefined;
  let cacheDir = '';
  // The bodies' part of the content check, running on while content syncs.
  let bodies: Promise<ContentError[]> | undefined;
  return {
    name: 'explainer-site-checks',
    hooks: {
      // Before Astro reads any content: the whole content check, every error at once.
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // Pages and routes that behave differently on the dev server ask this, not NODE_ENV
        // (which test runners set to "test" for a real build).
        updateConfig({
          vite: { define: { 'import.meta.env.EXPLAINER_DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
        dropStoreWithoutBodies(fileURLToPath(new URL('data-store.json', config.cacheDir)));
        if (command === 'build') {
          // Bodies that passed in the last build and have not changed are not checked again; the others are
          // rendered as they are checked, on every core, while Astro syncs content and takes each rendering.
          const check = await startBuildContentCheck(options.contentDir, {
            cacheDir: fileURLToPath(config.cacheDir),
            render: { base: config.base },
          });
          if (check.report) stopBuild(check.report);
          bodies = check.bodies;
          // Awaited when the build starts; a failure meanwhile is not an unhandled rejection.
          bodies.catch(() => {});
        } else {
          // The dev server shows them on every page until they are fixed (src/middleware.ts).
          const report = await contentReport(options.contentDir, { outcome: 'pages show them until they are fixed' });
          if (report) logger.error(report);
        }
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        contentStore = new URL('data-store.json', config.cacheDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // Content is rendered (and any content error recorded) before the build starts.
      'astro:build:start': async () => {
        const checked = (await bodies) ?? [];
        forgetRendered();
        const report = renderedContentReport(contentStore, checked);
        if (report) stopBuild(report);
      },
      'astro:build:done': ({ dir, logger }) =>
        stoppingOn(() =>
          timed('checks', () => {
            const out = fileURLToPath(dir);
            const known = new ReadPagesCache(join(cacheDir, 'built-pages.json'));
            const pages = readBuiltSite(out, known);
            checkDuplicateIds(pages);
            checkCopyLinks(pages);
            checkBuiltLinks(out, pages, base);
            const { current, redirects } = checkPublishedAnchors(options.contentDir, pages, logger);
            publishRedirects(out, base, current, redirects);
            logger.info(`checked ${pages.size} pages: every internal link and anchor resolves`);
            known.save();
          }),
        ),
    },
  };
}
