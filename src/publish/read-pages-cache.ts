/**
 * What the site checks read of each built page (built-site.ts), kept between builds by a digest of the
 * page's HTML: a rebuild parses only the pages that changed. Only the last build's pages are kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PageIds } from './built-site.ts';

/** A page's facts as JSON holds them: Maps and Sets as arrays, a link as [attr, value, tag]. */
type Stored = [
  ids: Array<[string, string, string]>,
  selfLinked: string[],
  headingIds: string[],
  duplicateIds: string[],
  links: Array<[PageIds['links'][number]['attr'], string, string]>,
];

const store = (p: PageIds): Stored => [
  [...p.ids].map(([id, el]) => [id, el.tag, el.className]),
  [...p.selfLinked],
  [...p.headingIds],
  p.duplicateIds,
  p.links.map((l) => [l.attr, l.value, l.tag]),
];

const restore = ([ids, selfLinked, headingIds, duplicateIds, links]: Stored): PageIds => ({
  ids: new Map(ids.map(([id, tag, className]) => [id, { tag, className }])),
  selfLinked: new Set(selfLinked),
  headingIds: new Set(headingIds),
  duplicateIds,
  links: links.map(([attr, value, tag]) => ({ attr, value, tag })),
});

// What else decides a page's facts: the code that reads them and its parser.
const MADE_WITH = createHash('sha1')
  .update(readFileSync(new URL('./built-site.ts', import.meta.url)))
  .update(readFileSync(new URL('../package.json', import.meta.resolve('htmlparser2'))))
  .digest('base64url');

export class ReadPagesCache {
  private readonly last = new Map<string, Stored>();
  private readonly now = new Map<string, Stored>();
  private added = 0;
  private readonly file: string;

  /** `file`: where the last build's pages are kept; none, or an unreadable one, means every page is parsed. */
  constructor(file: string) {
    this.file = file;
    try {
      const { made, pages } = JSON.parse(readFileSync(file, 'utf8')) as { made: string; pages: [string, Stored][] };
      if (made === MADE_WITH) for (const [digest, stored] of pages) this.last.set(digest, stored);
    } catch {
      // No earlier build, or an unreadable record: parse every page.
    }
  }

  /** The page's facts: from the last build if its HTML is the same, else from `parse`. */
  read(html: string, parse: (html: string) => PageIds): PageIds {
    const digest = createHash('sha1').update(html).digest('base64url');
    const known = this.now.get(digest) ?? this.last.get(digest);
    if (known) {
      this.now.set(digest, known);
      return restore(known);
    }
    const page = parse(html);
    this.now.set(digest, store(page));
    this.added++;
    return page;
  }

  /** Keeps this build's pages for the next, unless they are the last build's already. */
  save(): void {
    if (this.added === 0 && this.now.size === this.last.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Whole or not at all: a build stopped half-way leaves the last record.
    writeFileSync(`${this.file}.${process.pid}.tmp`, JSON.stringify({ made: MADE_WITH, pages: [...this.now] }));
    renameSync(`${this.file}.${process.pid}.tmp`, this.file);
  }
}
