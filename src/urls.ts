/**
 * Every internal URL is built here, so the site works under a sub-path
 * (`base: '/explainer/'`) as well as at the root. Paths are relative to the
 * base; `url()` and the `…Url` helpers add it.
 */
import type { LinkKind } from './content/content-index.ts';
import { DEFAULT_LANG, langPrefix, type Lang } from './i18n/languages.ts';

/** `/explainer` → `/explainer/`: base paths and folders are joined with a trailing slash. */
export const withTrailingSlash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/**
 * `url('glossary/#frozen-conflict')` → `/explainer/glossary/#frozen-conflict`; with `lang` the same path in
 * that edition: `/explainer/uk/glossary/#frozen-conflict`.
 */
export function url(path = '', lang: Lang = DEFAULT_LANG): string {
  // Read on call: code that runs outside Vite (the Markdown plugins) imports the path helpers only.
  return withTrailingSlash(import.meta.env.BASE_URL) + langPrefix(lang) + path.replace(/^\/+/, '');
}

const fragment = (hash?: string) => (hash ? `#${hash}` : '');

/** Where an entry is published: an article is a page, every other kind an anchor on its listing page. */
export function entryPath(kind: LinkKind, id: string, hash?: string): string {
  switch (kind) {
    case 'article':
      return `articles/${id}/${fragment(hash)}`;
    case 'glossary':
      return `glossary/#${id}`;
    case 'people':
      return `people/#${id}`;
    case 'timeline':
      return `timeline/#${id}`;
    case 'compare':
      return `compare/#${id}`;
    case 'track':
      return `talks/#${id}`;
  }
}

/** A source page, or one sentence on it. */
export const sourcePath = (id: string, sentence?: string): string => `sources/${id}/${fragment(sentence)}`;

export const entryUrl = (kind: LinkKind, id: string, hash?: string, lang: Lang = DEFAULT_LANG): string =>
  url(entryPath(kind, id, hash), lang);
export const sourceUrl = (id: string, sentence?: string): string => url(sourcePath(id, sentence));
/** The archive of every article, newest first: `/articles/`, then `/articles/2/`, … */
export const archiveUrl = (page = 1, lang: Lang = DEFAULT_LANG) =>
  url(page > 1 ? `articles/${page}/` : 'articles/', lang);
