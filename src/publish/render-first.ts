/**
 * The pages a rebuild will render, listed to Astro first: the rest it restores from its cache. What waits on the
 * rendered pages (the search part they change, written ahead in pagefind.ts) then starts while Astro restores the
 * others, instead of at the end: the pages without a cache key (listings, the home page) came last in Astro's
 * order. Astro renders a page whose cacheKey is new or changed, or that has none; which will is told from the keys
 * the last build listed, kept in the build cache. A wrong guess changes only the order pages render in: each step
 * that reads pages takes them in Astro's own order (rendered-pages.ts).
 */
import { readFileSync } from 'node:fs';
import { writeWhole } from '../build/write-whole.ts';

interface ListedPath {
  pathname: string;
  cacheKey?: string;
}

export class RenderFirst {
  private readonly file: string;
  private readonly last = new Map<string, string>();
  private listed: Array<[string, string]> = [];

  /** `file`: the keys the last build listed, by pathname. */
  constructor(file: string) {
    this.file = file;
    try {
      for (const [pathname, key] of JSON.parse(readFileSync(file, 'utf8')) as Array<[string, string]>)
        this.last.set(pathname, key);
    } catch {
      // No earlier build: every page renders, in Astro's order.
    }
  }

  /** Astro's list of paths with those that will render first, each group in Astro's order. */
  order<T extends ListedPath>(paths: T[]): T[] {
    this.listed = paths.flatMap((p) =>
      p.cacheKey === undefined ? [] : [[p.pathname, p.cacheKey] as [string, string]],
    );
    // Where two routes list one path (as Astro compares them, without a trailing slash), it builds the first: the
    // list is left as it is.
    if (new Set(paths.map((p) => p.pathname.replace(/\/+$/, ''))).size < paths.length) return paths;
    const [first, rest]: [T[], T[]] = [[], []];
    for (const p of paths)
      (p.cacheKey === undefined || this.last.get(p.pathname) !== p.cacheKey ? first : rest).push(p);
    return [...first, ...rest];
  }

  /** Keeps this build's keys for the next, once Astro has recorded its own. */
  save(): void {
    writeWhole(this.file, JSON.stringify(this.listed));
  }
}
