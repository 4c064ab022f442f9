/**
 * Routes with an edition: every page kind lives once under `src/pages/[...lang]/`, and its
 * getStaticPaths gives `lang: undefined` for English (URLs unchanged) and `lang: 'uk'` for each other
 * edition this content has (EDITIONS). Pages find their edition from the URL they are rendered at.
 */
import { DEFAULT_LANG, langOfPath, langPrefix, type Lang } from './languages.ts';
import { EDITIONS } from './editions.ts';
import { url, withTrailingSlash } from '../urls.ts';

/** The route parameter of an edition: `undefined` (no prefix) for English. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** One path per edition, for pages that are not per entry. */
export const editionPaths = () => EDITIONS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));

/** A page's path relative to the base (`uk/glossary/`), from the URL Astro renders it at. */
export function basePath(pathname: string): string {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return path;
}

/** The edition of the page being rendered. */
export const pageLang = (pathname: string): Lang => langOfPath(basePath(pathname));

/** The same page in another edition: `/uk/articles/x/` ↔ `/articles/x/`. */
export function counterpartUrl(pathname: string, to: Lang): string {
  const path = basePath(pathname);
  const from = langOfPath(path);
  return url(path.slice(langPrefix(from).length), to);
}
