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

type Target = { page?: string; file?: boolean };

/** Resolves a link's path (after the base) to a page key, or a file that exists, or undefined. */
function resolveTarget(dir: string, pages: Map<string, PageIds>, path: string): Target {
  const clean = decodeURIComponent(path);
  if (pages.has(clean)) return { page: clean };
  if (clean.endsWith('/') && pages.has(`${clean}index.html`)) return { page: clean };
  if (!clean.endsWith('/') && pages.has(`${clean}/`)) return {}; // a directory link without its slash
  const file = join(dir, clean);
  if (clean !== '' && existsSync(file) && statSync(file).isFile()) return { file: true };
  return {};
}

/** Where a link goes (a page or file of the site, and a fragment), or what is wrong with it. */
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
  return { path: url.pathname.slice(root.length), fragment: decodeURIComponent(url.hash.slice(1)) };
}

export function checkLinks(dir: string, pages: Map<string, PageIds>, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const root = withTrailingSlash(base);
  // Most links are the same few addresses from the site's root (stylesheets, navigation, entries) on every
  // page: each is resolved, and its file looked for, once.
  const fromRoot = new Map<string, Destination>();
  const targets = new Map<string, Target>();
  for (const [key, page] of pages) {
    const here = new URL(`http://site${root}${key}`);
    for (const link of page.links) {
      const value = link.value.trim();
      if (value === '' || /^(mailto|tel|data|javascript):/i.test(value)) continue;
      let to: Destination;
      if (value.startsWith('/') && !value.startsWith('//')) {
        to = fromRoot.get(value) ?? destination(value, here, root);
        fromRoot.set(value, to);
      } else to = destination(value, here, root);
      if (to.external) continue;
      if (to.path === undefined) {
        broken.push({ page: key, href: value, problem: to.problem! });
        continue;
      }
      let target = targets.get(to.path);
      if (!target) targets.set(to.path, (target = resolveTarget(dir, pages, to.path)));
      if (target.page === undefined && !target.file) {
        broken.push({ page: key, href: value, problem: 'points at a page or file that does not exist' });
        continue;
      }
      const fragment = to.fragment;
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
