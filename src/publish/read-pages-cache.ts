/**
 * What the site checks read of each built page (built-site.ts), kept between builds by a digest of the
 * page's HTML: a rebuild parses only the pages that changed. Only the last build's pages are kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PageIds } from './built-site.ts';
import { packageVersion } from '../package-version.ts';

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

/** A page's facts with each string as its number in the record's string table. */
type Encoded = unknown[];

/** Facts, stored or encoded, with each string (or string's number) replaced: they are nested arrays of them. */
const eachLeaf = (value: unknown, replace: (leaf: never) => unknown): unknown =>
  Array.isArray(value) ? value.map((item) => eachLeaf(item, replace)) : replace(value as never);

/**
 * The kept pages with every string written once: pages repeat the same links, tags and classes thousands of
 * times over, and read back this way each repeat is the one string in memory, not a copy per page.
 */
function encode(pages: Array<[string, Stored]>): { strings: string[]; pages: Array<[string, Encoded]> } {
  const numbers = new Map<string, number>();
  const strings: string[] = [];
  const numbered = (text: string) => {
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = strings.push(text) - 1));
    return n;
  };
  return { strings, pages: pages.map(([digest, stored]) => [digest, eachLeaf(stored, numbered) as Encoded]) };
}

const decode = (strings: string[], encoded: Encoded): Stored => eachLeaf(encoded, (n: number) => strings[n]) as Stored;

// What else decides a page's facts: the code that reads them and its parser (and the record's layout).
const RECORD_LAYOUT = 2;
const MADE_WITH = createHash('sha1')
  .update(String(RECORD_LAYOUT))
  .update(readFileSync(new URL('./built-site.ts', import.meta.url)))
  .update(packageVersion('htmlparser2'))
  .digest('base64url');

export class ReadPagesCache {
  private readonly last = new Map<string, Stored>();
  private readonly now = new Map<string, Stored>();
  private added = 0;
  private readonly strings = new Map<string, string>();
  private readonly file: string;

  /** `file`: where the last build's pages are kept; none, or an unreadable one, means every page is parsed. */
  constructor(file: string) {
    this.file = file;
    try {
      const { made, strings, pages } = JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof encode> & {
        made: string;
      };
      if (made !== MADE_WITH) return;
      for (const text of strings) this.strings.set(text, text);
      for (const [digest, encoded] of pages) this.last.set(digest, decode(strings, encoded));
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
    const stored = this.shared(store(parse(html)));
    this.now.set(digest, stored);
    this.added++;
    return restore(stored);
  }

  /**
   * The facts with each string shared with the other pages': the checks hold every page's facts at once,
   * and a string cut from a page's HTML would keep that whole page in memory. The first of each is copied.
   */
  private shared(stored: Stored): Stored {
    return eachLeaf(stored, (text: string) => {
      let kept = this.strings.get(text);
      if (kept === undefined) this.strings.set(text, (kept = Buffer.from(text).toString()));
      return kept;
    }) as Stored;
  }

  /** Keeps this build's pages for the next, unless they are the last build's already. */
  save(): void {
    if (this.added === 0 && this.now.size === this.last.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Whole or not at all: a build stopped half-way leaves the last record.
    writeFileSync(`${this.file}.${process.pid}.tmp`, JSON.stringify({ made: MADE_WITH, ...encode([...this.now]) }));
    renameSync(`${this.file}.${process.pid}.tmp`, this.file);
  }
}
