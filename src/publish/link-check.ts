/**
 * Checks that every internal link of a built site lands: the page exists and, when the link has a `#fragment`,
 * so does the element. External links are left alone (the build has no network). Links are checked a page at a
 * time against the site's pages; a link to any other path of the site is to a file, looked for separately
 * (`missingFiles`): the site checks do so at the end of the build, once the sitemap is written.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PageIds } from './built-site.ts';
import { withTrailingSlash } from '../urls.ts';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/**
 * Where a page's links go: the pages, each by its key with the ids the links point at on it (`#id`), and the files
 * (by path in the site), each once.
 */
export interface LinkTargets {
  pages: Array<[key: string, ...ids: string[]]>;
  files: string[];
}

/** One page's links checked against the site's pages: what is broken, where the rest go, and each link to a file. */
export interface PageLinks {
  broken: BrokenLink[];
  targets: LinkTargets;
  toFiles: Array<{ href: string; path: string }>;
}

const NO_FILE = 'points at a page or file that does not exist';

/** Where a link goes (a path of the site, and a fragment), or what is wrong with it. */
interface Destination {
  problem?: string;
  external?: boolean;
  path?: string;
  fragment?: string;
}

function destination(value: string, here: URL, root: string): Destination {
  let url: URL;
  try {
    url = new URL(value, here);
  } catch {
    return { problem: 'is not a valid URL' };
  }
  if (url.origin !== here.origin) return { external: true }; // not ours to check here
  if (!url.pathname.startsWith(root)) return { problem: `points outside the site's base path ${root}` };
  return { path: decodeURIComponent(url.pathname.slice(root.length)), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The site's pages, by key, as the link check needs them: whether one exists, and its ids. */
export interface PagesToLinkTo {
  has(key: string): boolean;
  get(key: string): Pick<PageIds, 'ids'> | undefined;
}

export class SiteLinks {
  private readonly pages: PagesToLinkTo;
  private readonly root: string;
  // Most links are the same few addresses from the site's root (stylesheets, navigation, entries) on every page:
  // each is resolved once.
  private readonly fromRoot = new Map<string, Destination>();

  constructor(pages: PagesToLinkTo, base: string) {
    this.pages = pages;
    this.root = withTrailingSlash(base);
  }

  /** The links of the page at `key`, checked against the site's pages. */
  check(key: string, page: Pick<PageIds, 'links'>): PageLinks {
    const broken: BrokenLink[] = [];
    const toPages = new Map<string, Set<string>>();
    const toFiles: PageLinks['toFiles'] = [];
    const here = new URL(`http://site${this.root}${key}`);
    for (const link of page.links) {
      const href = link.value.trim();
      if (href === '' || /^(mailto|tel|data|javascript):/i.test(href)) continue;
      let to: Destination;
      if (href.startsWith('/') && !href.startsWith('//')) {
        to = this.fromRoot.get(href) ?? destination(href, here, this.root);
        this.fromRoot.set(href, to);
      } else to = destination(href, here, this.root);
      if (to.external) continue;
      const { path, fragment } = to;
      if (path === undefined) {
        broken.push({ page: key, href, problem: to.problem! });
        continue;
      }
      const target = this.pages.get(path);
      if (!target) {
        // A folder's page linked without its slash does not land on a static host.
        if (!path.endsWith('/') && this.pages.has(`${path}/`)) {
          broken.push({ page: key, href, problem: NO_FILE });
        } else toFiles.push({ href, path });
        continue;
      }
      let ids = toPages.get(path);
      if (!ids) toPages.set(path, (ids = new Set()));
      if (fragment) ids.add(fragment);
      if (fragment && !target.ids.has(fragment)) {
        broken.push({ page: key, href, problem: `points at #${fragment}, which is not on ${path || 'the home page'}` });
      }
    }
    const files = [...new Set(toFiles.map((link) => link.path))];
    const pages = [...toPages].map(([key, ids]): LinkTargets['pages'][number] => [key, ...ids]);
    return { broken, targets: { pages, files }, toFiles };
  }
}

/** Of `paths` in the site in `dir`, those that are no file. */
export function missingFiles(dir: string, paths: Iterable<string>): Set<string> {
  const missing = new Set<string>();
  for (const path of paths) {
    const file = join(dir, path);
    if (path === '' || !existsSync(file) || !statSync(file).isFile()) missing.add(path);
  }
  return missing;
}

/** The broken links among a page's links to files, given the paths that are missing. */
export const brokenFileLinks = (key: string, links: PageLinks, missing: ReadonlySet<string>): BrokenLink[] =>
  links.toFiles.filter((link) => missing.has(link.path)).map(({ href }) => ({ page: key, href, problem: NO_FILE }));

/** Every broken internal link of the site in `dir`, page by page. */
export function checkLinks(dir: string, pages: Map<string, PageIds>, base: string): BrokenLink[] {
  const site = new SiteLinks(pages, base);
  const checked = [...pages].map(([key, page]) => [key, site.check(key, page)] as const);
  const missing = missingFiles(dir, new Set(checked.flatMap(([, links]) => links.targets.files)));
  return checked.flatMap(([key, links]) => [...links.broken, ...brokenFileLinks(key, links, missing)]);
}
