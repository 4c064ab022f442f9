/**
 * The checks of a written site: every page's ids and links (parsed only when its HTML changed since the last
 * build), duplicate ids, copy-links, internal links and published anchors; then the aliases and forwarding
 * pages for moved ones. Run in the build's thread or in the worker that was handed restored pages (check-pages.ts).
 */
import { readBuiltSite, type PageIds } from './built-site.ts';
import type { ReadPagesCache } from './read-pages-cache.ts';
import { checkDuplicateIds } from './check-duplicate-ids.ts';
import { checkCopyLinks } from './check-copy-links.ts';
import { checkBuiltLinks } from './check-links.ts';
import { checkPublishedAnchors } from './check-published-anchors.ts';
import { publishRedirects } from './redirects.ts';

export interface SiteToCheck {
  out: string;
  base: string;
  contentDir: string;
}

/** What the checks found: the pages checked and lines to log. A broken link or anchor throws a BuildStop. */
export interface ChecksReport {
  pages: number;
  info: string[];
}

/** Checks the site in `out`; `handed` are pages read already, by their site-relative path. */
export function checkSite(
  { out, base, contentDir }: SiteToCheck,
  known: ReadPagesCache,
  handed: ReadonlyMap<string, PageIds> = new Map(),
): ChecksReport {
  // A page handed over under a name it no longer has on disk (another edition's 404 page, moved once pages
  // were written) is read again under the new one.
  const pages = readBuiltSite(out, known, handed);
  const info: string[] = [];
  checkDuplicateIds(pages);
  checkCopyLinks(pages);
  checkBuiltLinks(out, pages, base);
  const { current, redirects } = checkPublishedAnchors(contentDir, pages, { info: (line) => info.push(line) });
  publishRedirects(out, base, current, redirects);
  known.save();
  return { pages: pages.size, info };
}
