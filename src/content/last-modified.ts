/**
 * When a page last changed: its `updated` date, or a later change or
 * correction. The article's visible "Updated" date, its JSON-LD
 * `dateModified` and the sitemap's `lastmod` all come from here, so they agree.
 */
import { join } from 'node:path';
import { entryIdOf, markdownFiles } from './files.ts';
import { readContentFile } from './content-file.ts';

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
 * base (`articles/NAME/`, `methods/`), for the sitemap (which is written outside Astro's content layer):
 * from the content files as the linter read them (read once), or as they are now if they changed since.
 */
export function pageDates(contentDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [folder, path] of [
    ['articles', (id: string) => `articles/${id}/`],
    ['pages', (id: string) => `${id}/`],
  ] as const) {
    for (const file of markdownFiles(join(contentDir, folder))) {
      // A broken file has no data: the content linter reports it, with its line.
      const data = readContentFile(join(contentDir, folder, file)).data as Partial<Dated> | undefined;
      if (data?.updated) out.set(path(entryIdOf(file)), lastModified(data as Dated));
    }
  }
  return out;
}
