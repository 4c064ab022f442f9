/** Reading the built site: every page as parsed HTML, keyed by its URL path (`/articles/x/`, `/404.html`). */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { listHtml, pageKey } from '../../src/publish/built-site.ts';

export function loadPages(dir: string): Map<string, cheerio.CheerioAPI> {
  const pages = new Map<string, cheerio.CheerioAPI>();
  for (const file of listHtml(dir)) pages.set(`/${pageKey(dir, file)}`, cheerio.load(readFileSync(file, 'utf8')));
  return pages;
}

/**
 * What a citation link cites, `source#s2` or `source#s3,s4`: its data-cite, or, for an article's citation of
 * one sentence (which carries none), the source and sentence of its address.
 */
export function citationKey(a: { attr(name: string): string | undefined }): string {
  const cite = a.attr('data-cite');
  if (cite !== undefined) return cite;
  const [, source, id] = /\/sources\/([a-z0-9-]+)\/#(s\d+)$/.exec(a.attr('href') ?? '') ?? [];
  return source ? `${source}#${id}` : '';
}

/** An article's page, not a page of the archive (`/articles/`, `/articles/2/`). */
export const isArticlePage = (path: string): boolean =>
  path.startsWith('/articles/') && !/^\/articles\/(\d+\/)?$/.test(path);

/** An article's page in either edition (`/articles/x/` or `/uk/articles/x/`). */
export const isArticlePageOfAnyEdition = (path: string): boolean =>
  isArticlePage(path) || (path.startsWith('/uk/') && isArticlePage(path.slice(3)));
