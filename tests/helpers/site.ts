/** Reading the built site: every page as parsed HTML, keyed by its URL path (`/articles/x/`, `/404.html`). */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { listHtml, pageKey } from '../../src/publish/built-site.ts';

export function loadPages(dir: string): Map<string, cheerio.CheerioAPI> {
  const pages = new Map<string, cheerio.CheerioAPI>();
  for (const file of listHtml(dir)) pages.set(`/${pageKey(dir, file)}`, cheerio.load(readFileSync(file, 'utf8')));
  return pages;
}

/** An article's page, not a page of the archive (`/articles/`, `/articles/2/`). */
export const isArticlePage = (path: string): boolean =>
  path.startsWith('/articles/') && !/^\/articles\/(\d+\/)?$/.test(path);
