/**
 * The checks of a written site: every page's ids and links (read only when its file changed since the last
 * build), duplicate ids, copy-links, internal links and published anchors; then the aliases and forwarding
 * pages for moved ones. Run in the build's thread or in a worker (check-pages.ts).
 */
import { readBuiltSite } from './built-site.ts';
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

/** Checks the site in `out`. */
export function checkSite({ out, base, contentDir }: SiteToCheck, known: ReadPagesCache): ChecksReport {
  const pages = readBuiltSite(out, known);
  const info: string[] = [];
  checkDuplicateIds(pages);
  checkCopyLinks(pages);
  checkBuiltLinks(out, pages, base);
  const { current, redirects } = checkPublishedAnchors(contentDir, pages, { info: (line) => info.push(line) });
  publishRedirects(out, base, current, redirects);
  known.save();
  return { pages: pages.size, info };
}
