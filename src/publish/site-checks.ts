/**
 * Refuses to publish a broken site. Before Astro reads content it lints every Markdown file; before
 * pages are built it stops on errors recorded while content rendered; after Astro writes the pages
 * (and before Pagefind indexes them) it checks ids, links and published anchors, then publishes the
 * aliases and forwarding pages for moved ones. Each job is a file of its own.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from './built-site.ts';
import { timed } from './build-timings.ts';
import { withTrailingSlash } from '../urls.ts';
import { BuildStop } from './build-stop.ts';
import { lintReport, renderedContentReport } from './check-content.ts';
import { checkDuplicateIds } from './check-duplicate-ids.ts';
import { checkBuiltLinks } from './check-links.ts';
import { checkPublishedAnchors } from './check-published-anchors.ts';
import { publishRedirects } from './redirects.ts';

export function siteChecks(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  let contentStore: URL | undefined;
  return {
    name: 'explainer-site-checks',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Pages and routes that behave differently on the dev server ask this, not NODE_ENV
        // (which test runners set to "test" for a real build).
        updateConfig({
          vite: { define: { 'import.meta.env.EXPLAINER_DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
        const report = lintReport(options.contentDir);
        if (report && command === 'build') throw new BuildStop(report);
        if (report) logger.error(report);
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        contentStore = new URL('data-store.json', config.cacheDir);
      },
      // Content is rendered (and any content error recorded) before the build starts.
      'astro:build:start': () => {
        const report = renderedContentReport(contentStore);
        if (report) throw new BuildStop(report);
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('checks', () => {
          const out = fileURLToPath(dir);
          const pages = readBuiltSite(out);
          checkDuplicateIds(pages);
          checkBuiltLinks(out, pages, base);
          const { current, redirects } = checkPublishedAnchors(options.contentDir, pages, logger);
          publishRedirects(out, base, current, redirects);
          logger.info(`checked ${pages.size} pages: every internal link and anchor resolves`);
        }),
    },
  };
}
