/**
 * The sitemap's options (@astrojs/sitemap): every page but the search page and the error pages, each with
 * the date an editor sees on it and its other editions as alternates (`xhtml:link`). The alternates are
 * matched here by path under the language prefix, once per page: the integration's own i18n option
 * compares every page with every other, which on a big site costs seconds.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { DEFAULT_LANG, LANGS, langOfPath, langPrefix } from '../i18n/languages.ts';

type Options = NonNullable<SitemapOptions>;
type Item = Parameters<NonNullable<Options['serialize']>>[0];

/** `https://site/base/uk/articles/x/` → the path under its edition's prefix (`articles/x/`), the same in each. */
function pathOf(url: string, root: string): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const rest = url.slice(root.length);
  return rest.slice(langPrefix(langOfPath(rest)).length);
}

/**
 * `root`: the site's address with its base and a trailing slash. `dateOf`: a page's modified date
 * (YYYY-MM-DD) by its path under the language prefix; a translation has its English page's.
 */
export function sitemapOptions(root: string, dateOf: (path: string) => string | undefined): Options {
  const listed = new Set<string>();
  return {
    filter(url) {
      const path = pathOf(url, root);
      // The search page has no content of its own; an error page is served at addresses that do not exist.
      if (path === undefined || /^(?:search|404|500)\/?$/.test(path)) return false;
      listed.add(url);
      return true;
    },
    serialize(item: Item) {
      const path = pathOf(item.url, root);
      if (path === undefined) return item;
      const date = dateOf(path);
      // Ordered by address, as the integration orders its own alternates.
      const links = LANGS.map((lang) => ({ url: `${root}${langPrefix(lang)}${path}`, lang }))
        .filter((link) => listed.has(link.url))
        .sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
      // The English page is also the default for any other language, as in each page's head.
      const english = links.find((l) => l.lang === DEFAULT_LANG);
      return {
        ...item,
        ...(links.length > 1 && { links: english ? [...links, { url: english.url, lang: 'x-default' }] : links }),
        ...(date && { lastmod: new Date(`${date}T00:00:00Z`).toISOString() }),
      };
    },
  };
}
