/** Reading the built site: every page as parsed HTML, keyed by its URL path. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

/** `/articles/x/` for `dist/articles/x/index.html`, `/404.html` for the 404 page. */
export function pagePath(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

export function loadPages(dir: string): Map<string, cheerio.CheerioAPI> {
  const pages = new Map<string, cheerio.CheerioAPI>();
  for (const file of htmlFiles(dir)) pages.set(pagePath(dir, file), cheerio.load(readFileSync(file, 'utf8')));
  return pages;
}
