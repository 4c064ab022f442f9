/**
 * Refuses to publish a broken site. After Astro writes the pages (and before
 * Pagefind indexes them) this checks every internal link and fragment, and
 * compares the anchors the site publishes with the committed manifest; it
 * then adds aliases for moved anchors and stub pages for moved pages.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltSite, publishedAnchors } from './built-site.ts';
import { checkLinks } from './link-check.ts';
import { withTrailingSlash } from '../urls.ts';
import { timed } from './build-timings.ts';
import { takeContentErrors } from '../content/content-error.ts';
import { lintContent } from '../content/lint.ts';
import { MARKDOWN_COLLECTIONS } from '../content/schemas/markdown-collections.ts';
import {
  compareManifest,
  emptyManifest,
  formatManifestProblems,
  splitLocation,
  type AnchorManifest,
} from './anchor-manifest.ts';

export const MANIFEST_FILE = 'published-anchors.json';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function readManifest(file: string): AnchorManifest {
  if (!existsSync(file)) return emptyManifest();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return { pages: data.pages ?? {}, moved: data.moved ?? {} };
  } catch (e) {
    throw new BuildStop(
      `Content error in ${file}\n  the anchor manifest is not valid JSON: ${(e as Error).message}\n  Fix: repair the JSON (or restore it from git).`,
    );
  }
}

/** Inserts `html` just before the opening tag of the element with `id` (or at the start of <main>). */
function insertBefore(page: string, id: string | undefined, html: string): string {
  if (id) {
    const at = page.indexOf(` id="${escapeAttr(id)}"`);
    const open = at >= 0 ? page.lastIndexOf('<', at) : -1;
    if (open >= 0) return page.slice(0, open) + html + page.slice(open);
  }
  return page.replace(/<main\b[^>]*>/, (m) => m + html);
}

/** Stops the build with a readable block: the message is the whole report, no stack. */
class BuildStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStop';
    this.stack = message;
  }
}

export function siteChecks(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  let contentStore: URL | undefined;
  return {
    name: 'explainer-site-checks',
    hooks: {
      // Before Astro reads any content: every Markdown file against its schema, with lines.
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Pages and routes that behave differently on the dev server ask this, not NODE_ENV
        // (which test runners set to "test" for a real build).
        updateConfig({
          vite: { define: { 'import.meta.env.EXPLAINER_DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
        const errors = lintContent(options.contentDir, MARKDOWN_COLLECTIONS);
        if (errors.length === 0) return;
        const report = `${errors.length} content error${errors.length === 1 ? '' : 's'}; nothing was published:\n\n${errors.map((e) => e.message).join('\n\n')}`;
        if (command === 'build') throw new BuildStop(report);
        logger.error(report);
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        contentStore = new URL('data-store.json', config.cacheDir);
      },
      // Content is rendered (and any content error recorded) before the build starts.
      'astro:build:start': () => {
        const errors = takeContentErrors();
        if (errors.length > 0) {
          // Astro has stored the failed entries (unrendered) under their files' digests: left there,
          // the next build would skip the unchanged bad file and publish it empty. Start afresh instead.
          if (contentStore) rmSync(contentStore, { force: true });
          throw new BuildStop(
            `${errors.length} content error${errors.length === 1 ? '' : 's'}; nothing was published:\n\n${errors.map((e) => e.message.replace(/^Failed to parse Markdown file "[^"]*":\n/, '')).join('\n\n')}`,
          );
        }
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('checks', () => {
          const out = fileURLToPath(dir);
          const pages = readBuiltSite(out);

          const duplicates = [...pages].flatMap(([key, page]) => page.duplicateIds.map((id) => `  /${key}: #${id}`));
          if (duplicates.length > 0) {
            throw new BuildStop(
              `Ids used twice on one page, so links to them are ambiguous:\n${duplicates.join('\n')}\n  Fix: rename one of the headings or entries (two headings with the same words get the same id).`,
            );
          }

          const broken = checkLinks(out, pages, base);
          if (broken.length > 0) {
            const list = broken
              .slice(0, 20)
              .map((b) => `  /${b.page}: ${b.href} ${b.problem}`)
              .join('\n');
            throw new BuildStop(
              `Broken links in the built site (${broken.length}):\n${list}\n  Fix: correct the link in the content or template that produces it.`,
            );
          }

          const manifestFile = join(options.contentDir, MANIFEST_FILE);
          const shown = relative(process.cwd(), manifestFile);
          const current = new Map<string, string[]>();
          for (const [key, page] of pages) current.set(`/${key}`, publishedAnchors(page));
          const manifest = readManifest(manifestFile);
          const result = compareManifest(manifest, current);
          if (result.problems.length > 0) throw new BuildStop(formatManifestProblems(shown, result.problems));

          const url = (loc: string) => base + loc.replace(/^\//, '');
          const file = (page: string) => join(out, page.endsWith('/') || page === '' ? `${page}index.html` : page);
          const home = readFileSync(file('/'), 'utf8');
          const scripts = home.match(/<script\b[^>]*>[\s\S]*?<\/script>/g)?.join('') ?? '';
          for (const r of result.redirects) {
            const target = splitLocation(r.to);
            if (current.has(r.fromPage)) {
              // The old anchor still lands: an alias just before the new place, or a pointer on.
              const path = file(r.fromPage);
              const samePage = target.page === r.fromPage;
              const alias = `<span id="${escapeAttr(r.fromAnchor!)}" class="anchor-alias" data-moved-to="${escapeAttr(url(r.to))}"></span>`;
              writeFileSync(
                path,
                insertBefore(readFileSync(path, 'utf8'), samePage ? target.anchor : undefined, alias),
              );
            } else if (!r.fromAnchor) {
              const path = file(r.fromPage);
              mkdirSync(dirname(path), { recursive: true });
              const aliases = result.redirects
                .filter((a) => a.fromPage === r.fromPage && a.fromAnchor)
                .map((a) => `<span id="${escapeAttr(a.fromAnchor!)}" data-moved-to="${escapeAttr(url(a.to))}"></span>`)
                .join('');
              writeFileSync(
                path,
                `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This page has moved</title><meta name="robots" content="noindex"><meta http-equiv="refresh" content="1; url=${escapeAttr(url(r.to))}"><link rel="canonical" href="${escapeAttr(url(r.to))}"></head><body><main id="main">${aliases}<h1>This page has moved</h1><p>It is now at <a href="${escapeAttr(url(r.to))}">${escapeAttr(url(r.to))}</a>.</p></main>${scripts}</body></html>`,
              );
            }
          }

          const next = `${JSON.stringify(result.updated, null, 2)}\n`;
          if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== next) {
            writeFileSync(manifestFile, next);
            logger.info(`recorded new published anchors in ${shown} (commit it)`);
          }
          logger.info(`checked ${pages.size} pages: every internal link and anchor resolves`);
        }),
    },
  };
}
