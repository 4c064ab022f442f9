/**
 * Old links keep landing after an anchor or page moves: an alias element where the old anchor was
 * (or just before the new place), and a small page that forwards from a moved page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { splitLocation, type ManifestResult } from './anchor-manifest.ts';

/** Inserts `html` just before the opening tag of the element with `id` (or at the start of <main>). */
function insertBefore(page: string, id: string | undefined, html: string): string {
  if (id) {
    // Published ids are slugs (file names, heading slugs): nothing in them needs escaping.
    const at = page.indexOf(` id="${id}"`);
    const open = at >= 0 ? page.lastIndexOf('<', at) : -1;
    if (open >= 0) return page.slice(0, open) + html + page.slice(open);
  }
  return page.replace(/<main\b[^>]*>/, (m) => m + html);
}

/** The page a moved page's address serves: it says where the page went, and forwards there. */
function movedPage(to: string, aliases: Array<{ id: string; to: string }>, scripts: string): string {
  return toHtml(
    h(null, [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', 'This page has moved'),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('meta', { httpEquiv: 'refresh', content: `1; url=${to}` }),
          h('link', { rel: 'canonical', href: to }),
        ]),
        h('body', [
          h('main', { id: 'main' }, [
            ...aliases.map((a) => h('span', { id: a.id, dataMovedTo: a.to })),
            h('h1', 'This page has moved'),
            h('p', ['It is now at ', h('a', { href: to }, to), '.']),
          ]),
          // The site's own scripts (theme, copy-link, the forward to a moved anchor), as on every page.
          { type: 'raw', value: scripts },
        ]),
      ]),
    ]),
    { allowDangerousHtml: true },
  );
}

/**
 * Writes a page as a new file: the one there may be hard-linked to Astro's cache and the published site
 * (linked-pages.ts), which must keep their bytes.
 */
function rewrite(path: string, text: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, text);
}

/** Writes the aliases and forwarding pages for every move the manifest records. */
export function publishRedirects(
  out: string,
  base: string,
  current: Map<string, string[]>,
  redirects: ManifestResult['redirects'],
): void {
  const url = (loc: string) => base + loc.replace(/^\//, '');
  const file = (page: string) => join(out, page.endsWith('/') || page === '' ? `${page}index.html` : page);
  const home = readFileSync(file('/'), 'utf8');
  const scripts = home.match(/<script\b[^>]*>[\s\S]*?<\/script>/g)?.join('') ?? '';
  for (const r of redirects) {
    const target = splitLocation(r.to);
    if (current.has(r.fromPage)) {
      // The old anchor still lands: an alias just before the new place, or a pointer on.
      const path = file(r.fromPage);
      const samePage = target.page === r.fromPage;
      const alias = toHtml(h('span', { id: r.fromAnchor!, className: ['anchor-alias'], dataMovedTo: url(r.to) }));
      rewrite(path, insertBefore(readFileSync(path, 'utf8'), samePage ? target.anchor : undefined, alias));
    } else if (!r.fromAnchor) {
      const path = file(r.fromPage);
      mkdirSync(dirname(path), { recursive: true });
      const aliases = redirects
        .filter((a) => a.fromPage === r.fromPage && a.fromAnchor)
        .map((a) => ({ id: a.fromAnchor!, to: url(a.to) }));
      rewrite(path, movedPage(url(r.to), aliases, scripts));
    }
  }
}
