/**
 * When a page last changed: its `updated` date, or a later change or
 * correction. The article's visible "Updated" date, its JSON-LD
 * `dateModified` and the sitemap's `lastmod` all come from here, so they agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { entryIdOf, markdownFiles } from './files.ts';

interface Dated {
  updated: string;
  changes?: Array<{ date: string }>;
  corrections?: Array<{ date: string }>;
}

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

export function lastModified(data: Dated): string {
  return [data.updated, ...(data.changes ?? []).map((c) => c.date), ...(data.corrections ?? []).map((c) => c.date)]
    .map(iso)
    .sort()
    .at(-1)!;
}

/**
 * The last-modified date of every page with one, by path under the site's
 * base (`articles/NAME/`, `methods/`), read from the content files, for the
 * sitemap (which is written outside Astro's content layer).
 */
export function pageDates(contentDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [folder, path] of [
    ['articles', (id: string) => `articles/${id}/`],
    ['pages', (id: string) => `${id}/`],
  ] as const) {
    for (const file of markdownFiles(join(contentDir, folder))) {
      try {
        const data = parseFrontmatter(readFileSync(join(contentDir, folder, file), 'utf8')).frontmatter as Dated;
        if (data.updated) out.set(path(entryIdOf(file)), lastModified(data));
      } catch {
        // A broken file is reported, with its line, by the content linter.
      }
    }
  }
  return out;
}
