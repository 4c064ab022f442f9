/**
 * Refuses to publish a broken site. It checks the pages' ids, links and published anchors (reading only the pages
 * written anew since the last build): in a rebuild as soon as Astro has written them, while Astro finishes and the
 * sitemap is written. At the end of the build it looks for the files the pages link to, then publishes the aliases
 * and forwarding pages for moved anchors (check-site.ts; check-pages.ts says in which thread). Each job is a file of
 * its own. The pages' files come from the build, which has them and their stamps (rendered-pages.ts), with the HTML
 * files copied from `public/`: on a big site a walk of every folder cost the checks more than the rest of a rebuild's.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PageChecks } from './check-pages.ts';
import { timed } from './build-timings.ts';
import { withTrailingSlash } from '../urls.ts';
import { stoppingOn } from './build-stop.ts';
import { inPathOrder, onGeneratedPages, type PageFile } from './rendered-pages.ts';
import { listHtml } from './built-site.ts';
import { stampIfFile } from '../build/file-stamp.ts';
import type { SiteToCheck } from './check-site.ts';

export function siteChecks(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let publicDir = '';
  let outDir = '';
  let checks: PageChecks | undefined;
  /** The site's HTML files, once the build has listed its pages (with those copied from `public/`). */
  let pageFiles: PageFile[] | undefined;
  let stopListening = () => {};
  const site = (): SiteToCheck => ({
    out: outDir,
    base,
    contentDir: options.contentDir,
    files: pageFiles,
  });
  return {
    name: 'explainer-site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        checks = new PageChecks(join(cacheDir, 'built-pages.json'));
        pageFiles = undefined;
        stopListening = onGeneratedPages({ files: (files) => (pageFiles = withPublicPages(files, publicDir, outDir)) });
      },
      // Every page is written and in its place (rendered-pages.ts and edition-404.ts run first).
      'astro:build:generated': () => {
        stopListening();
        checks?.pagesWritten(site());
      },
      'astro:build:done': ({ logger }) =>
        stoppingOn(() =>
          timed('checks', async () => {
            if (!checks) throw new Error('the site checks were not started with the build');
            // Astro skips build:generated when it has no page to generate.
            const { pages, linksChecked, info } = await checks.check(site());
            checks = undefined;
            pageFiles = undefined;
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

/** The pages' files and the HTML files Astro copied from `public/`, in order of their paths. */
function withPublicPages(pages: PageFile[], publicDir: string, out: string): PageFile[] {
  if (!existsSync(publicDir)) return pages;
  const copied = listHtml(publicDir).flatMap((path): PageFile[] => {
    const file = relative(publicDir, path);
    const stamp = stampIfFile(join(out, file));
    return stamp === undefined ? [] : [[file, stamp]];
  });
  if (copied.length === 0) return pages;
  const listed = new Set(pages.map(([file]) => file));
  return inPathOrder([...pages, ...copied.filter(([file]) => !listed.has(file))]);
}
