/**
 * Every internal URL is built here, so the site works under a sub-path
 * (`base: '/explainer/'`) as well as at the root.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `url('glossary/#frozen-conflict')` → `/explainer/glossary/#frozen-conflict`. */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const sourceUrl = (id: string, sentence?: string) => url(`sources/${id}/${sentence ? `#${sentence}` : ''}`);
export const articleUrl = (id: string, hash?: string) => url(`articles/${id}/${hash ? `#${hash}` : ''}`);
export const entryUrl = (kind: 'timeline' | 'glossary' | 'people', id: string) => url(`${kind}/#${id}`);
