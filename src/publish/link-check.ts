/**
 * Checks that every internal link of a built site lands: the page exists and,
 * when the link has a `#fragment`, so does the element. External links are
 * left alone (the build has no network).
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

/** Resolves a link's path (after the base) to a page key, or a file that exists, or undefined. */
function resolveTarget(dir: string, pages: Map<string, PageIds>, path: string): { page?: string; file?: boolean } {
  const clean = decodeURIComponent(path);
  if (pages.has(clean)) return { page: clean };
  if (clean.endsWith('/') && pages.has(`${clean}index.html`)) return { page: clean };
  if (!clean.endsWith('/') && pages.has(`${clean}/`)) return {}; // a directory link without its slash
  const file = join(dir, clean);
  if (clean !== '' && existsSync(file) && statSync(file).isFile()) return { file: true };
  return {};
}

export function checkLinks(dir: string, pages: Map<string, PageIds>, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const root = withTrailingSlash(base);
  for (const [key, page] of pages) {
    const here = new URL(`http://site${root}${key}`);
    for (const link of page.links) {
      const value = link.value.trim();
      if (value === '' || /^(mailto|tel|data|javascript):/i.test(value)) continue;
      let url: URL;
      try {
        url = new URL(value, here);
      } catch {
        broken.push({ page: key, href: value, problem: 'is not a valid URL' });
        continue;
      }
      if (url.origin !== here.origin) continue; // external: not ours to check here
      if (!url.pathname.startsWith(root)) {
        broken.push({ page: key, href: value, problem: `points outside the site's base path ${root}` });
        continue;
      }
      const target = resolveTarget(dir, pages, url.pathname.slice(root.length));
      if (target.page === undefined && !target.file) {
        broken.push({ page: key, href: value, problem: 'points at a page or file that does not exist' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.page !== undefined && !pages.get(target.page)!.ids.has(fragment)) {
        broken.push({
          page: key,
          href: value,
          problem: `points at #${fragment}, which is not on ${target.page || 'the home page'}`,
        });
      }
    }
  }
  return broken;
}
