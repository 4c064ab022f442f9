/**
 * The checks of a written site, in two steps. Once Astro has written the pages: every page's ids and links (read
 * only when its file changed since the last build), duplicate ids, copy-links, the links between pages and the
 * published anchors. Once the build's other steps have written their files: the links to files; then the
 * manifest of anchors is recorded, and the aliases and forwarding pages for moved ones are written. Run in the
 * build's thread or in a worker (check-pages.ts).
 */
import { readBuiltSite, type PageIds } from './built-site.ts';
import type { ReadPagesCache } from './read-pages-cache.ts';
import type { PageFile } from './rendered-pages.ts';
import { checkDuplicateIds } from './check-duplicate-ids.ts';
import { checkCopyLinks } from './check-copy-links.ts';
import { BuiltLinks } from './check-links.ts';
import { compareAnchors, recordAnchors, type ComparedAnchors } from './check-published-anchors.ts';
import { publishRedirects } from './redirects.ts';

export interface SiteToCheck {
  out: string;
  base: string;
  contentDir: string;
  /** Its HTML files, relative to `out`, in order, with their stamps, if the build knows them (else `out` is walked). */
  files?: PageFile[];
}

/**
 * What the checks found: the pages checked, those whose links were checked in this build (the others' landed in the
 * last build, on pages as they were), and lines to log. A broken link or anchor throws a BuildStop.
 */
export interface ChecksReport {
  pages: number;
  linksChecked: number;
  info: string[];
}

/** The site's pages, checked as far as they can be before the build's other steps are done. */
export interface CheckedPages {
  site: SiteToCheck;
  pages: Map<string, PageIds>;
  links: BuiltLinks;
  anchors: ComparedAnchors;
}

/** Checks the pages written in `site.out`, reading only those `known` does not have. */
export function checkWrittenPages(site: SiteToCheck, known: ReadPagesCache): CheckedPages {
  const pages = readBuiltSite(site.out, known, site.files);
  // A page whose HTML passed a build's checks has no id twice and a copy-link for each public one.
  const unchecked = new Map([...pages].filter(([key]) => !known.checkedBefore(key)));
  checkDuplicateIds(unchecked);
  checkCopyLinks(unchecked);
  const links = new BuiltLinks(pages, site.base, known);
  return { site, pages, links, anchors: compareAnchors(site.contentDir, pages) };
}

/** Finishes the checks once every file is written, then records the anchors and publishes moved ones. */
export function finishSiteChecks({ site, pages, links, anchors }: CheckedPages, known: ReadPagesCache): ChecksReport {
  links.checkFiles(site.out, site.contentDir);
  const info: string[] = [];
  const { current, redirects } = recordAnchors(anchors, { info: (line) => info.push(line) });
  publishRedirects(site.out, site.base, current, redirects);
  known.save();
  return { pages: pages.size, linksChecked: links.checkedPages, info };
}

/** Checks the site in `out`, every file written. */
export const checkSite = (site: SiteToCheck, known: ReadPagesCache): ChecksReport =>
  finishSiteChecks(checkWrittenPages(site, known), known);
