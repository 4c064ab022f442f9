/**
 * What the site checks read of each built page (built-site.ts), kept between builds by a digest of the
 * page's HTML: a rebuild parses only the pages that changed, and reads only the files written anew (each
 * file's stamp is kept too). Beside the pages, where each page's links went when they were last checked
 * (check-links.ts). It is all kept in two records: the whole site's as of some build, and what is new since then
 * with each file's stamp, so that a rebuild that changed a few pages writes a few pages, not the site's. The
 * whole record is written again once a quarter of its pages are new or gone, or their links checked again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PageIds } from './built-site.ts';
import type { LinkTargets } from './link-check.ts';
import { madeWith } from '../build/made-with.ts';
import { fileStamp } from '../build/file-stamp.ts';
import { writeWhole } from '../build/write-whole.ts';

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

type Nested<T> = Map<string, Map<string, Map<string, T>>>;
type StoredId = Stored[0][number];
type StoredLink = Stored[4][number];
type Link = PageIds['links'][number];
type Element = ReturnType<PageIds['ids']['get']> & object;

// The checks are given one object for each link and id array kept, read-only: pages parsed in the same build share
// the arrays (`ReadPagesCache.tuple`).
const linkObjects = new WeakMap<StoredLink, Link>();
const elementObjects = new WeakMap<StoredId, Element>();
const linkOf = (link: StoredLink): Link => {
  let made = linkObjects.get(link);
  if (!made) linkObjects.set(link, (made = { attr: link[0], value: link[1], tag: link[2] }));
  return made;
};
const elementOf = (id: StoredId): Element => {
  let made = elementObjects.get(id);
  if (!made) elementObjects.set(id, (made = { tag: id[1], className: id[2] }));
  return made;
};

/**
 * A page's facts as the checks take them: each part made from the record when first asked for. A rebuild's checks
 * read the links of few pages (where each page's links went is kept beside its facts).
 */
function restore([ids, selfLinked, headingIds, duplicateIds, links]: Stored): PageIds {
  const made: Partial<PageIds> = {};
  return {
    get ids() {
      return (made.ids ??= new Map(ids.map((id) => [id[0], elementOf(id)])));
    },
    get selfLinked() {
      return (made.selfLinked ??= new Set(selfLinked));
    },
    get headingIds() {
      return (made.headingIds ??= new Set(headingIds));
    },
    duplicateIds,
    get links() {
      return (made.links ??= links.map(linkOf));
    },
  };
}

/** A page's facts with each string as its number in the record's string table. */
type Encoded = unknown[];

/** Facts, stored or encoded, with each string (or string's number) replaced: they are nested arrays of them. */
const eachLeaf = (value: unknown, replace: (leaf: never) => unknown): unknown =>
  Array.isArray(value) ? value.map((item) => eachLeaf(item, replace)) : replace(value as never);

/** Where a page's links went, by its key, as the records keep it. */
type KeptTargets = Array<[key: string, pages: LinkTargets['pages'], files: string[]]>;

/**
 * The kept pages with every string written once: pages repeat the same links, tags and classes thousands of
 * times over, and read back this way each repeat is the one string in memory, not a copy per page.
 */
function encode(
  pages: Array<[string, Stored]>,
  targets: KeptTargets,
): { strings: string[]; pages: Array<[string, Encoded]>; targets: Encoded } {
  const numbers = new Map<string, number>();
  const strings: string[] = [];
  const numbered = (text: string) => {
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = strings.push(text) - 1));
    return n;
  };
  return {
    strings,
    pages: pages.map(([digest, stored]) => [digest, eachLeaf(stored, numbered) as Encoded]),
    targets: eachLeaf(targets, numbered) as Encoded,
  };
}

const decode = <T>(strings: string[], encoded: Encoded): T => eachLeaf(encoded, (n: number) => strings[n]) as T;

// What else decides a page's facts, and whether a page that passed the checks still does: the code that reads
// pages and checks them (and the record's layout).
const MADE_WITH = madeWith(5, new URL('./check-site.ts', import.meta.url));

/** A record as written: its pages' facts, encoded, and what made them. */
type KeptRecord = ReturnType<typeof encode> & { made: string };

// Of the file's bytes: hashing the text would encode it to UTF-8 again first.
const digestOf = (bytes: Buffer) => createHash('sha1').update(bytes).digest('base64url');

export class ReadPagesCache {
  private readonly last = new Map<string, Stored>();
  private readonly now = new Map<string, Stored>();
  /** Each page's file as last read, by the page's site-relative path: its stamp and its HTML's digest. */
  private readonly lastFiles = new Map<string, [stamp: string, digest: string]>();
  private readonly nowFiles = new Map<string, [stamp: string, digest: string]>();
  /**
   * Where each page's links went when they were last checked, by its key; those checked since the whole record
   * was written are kept in the recent one.
   */
  private readonly targets = new Map<string, LinkTargets>();
  private readonly targetsSinceWhole = new Set<string>();
  private added = 0;
  private checkedNow = 0;
  private readonly strings = new Map<string, string>();
  /** Each id and each link kept, once, by its three strings (`tuple`). */
  private readonly ids: Nested<StoredId> = new Map();
  private readonly links: Nested<StoredLink> = new Map();
  private readonly file: string;
  private readonly recentFile: string;
  /** The whole record read: its id, and the digests of its pages. */
  private whole: { id: string; digests: Set<string> } | undefined;

  /**
   * `file`: where the last build's pages are kept (the pages new since, beside it with `.recent` in its name);
   * none, or an unreadable one, means every page is parsed.
   */
  constructor(file: string) {
    this.file = file;
    this.recentFile = file.replace(/(\.json)?$/, '.recent$1');
    try {
      const whole = JSON.parse(readFileSync(file, 'utf8')) as KeptRecord & { id: string };
      if (whole.made !== MADE_WITH) return;
      this.keepAll(whole);
      this.whole = { id: whole.id, digests: new Set(this.last.keys()) };
      const recent = JSON.parse(readFileSync(this.recentFile, 'utf8')) as KeptRecord & {
        whole: string;
        files: Array<[string, string, string]>;
      };
      if (recent.made !== MADE_WITH || recent.whole !== whole.id) return;
      this.keepAll(recent);
      for (const [key] of decode<KeptTargets>(recent.strings, recent.targets)) this.targetsSinceWhole.add(key);
      for (const [key, stamp, digest] of recent.files) this.lastFiles.set(key, [stamp, digest]);
    } catch {
      // No earlier build, or an unreadable record: parse the pages it does not have, and read every file.
    }
  }

  private keepAll({ strings, pages, targets }: KeptRecord): void {
    for (const text of strings) this.strings.set(text, text);
    for (const [digest, encoded] of pages) this.last.set(digest, decode(strings, encoded));
    for (const [key, pages, files] of decode<KeptTargets>(strings, targets)) this.targets.set(key, { pages, files });
  }

  /**
   * The facts of the page in `file`, by its site-relative path (`key`): the last build's if its file is
   * untouched since (file-stamp.ts), without reading it, or if its HTML is the same; else from `parse`. `stamp`:
   * the file's, if the build has it already.
   */
  readFile(key: string, file: string, parse: (html: string) => PageIds, stamp = fileStamp(file)): PageIds {
    const last = this.lastFiles.get(key);
    let digest = last?.[0] === stamp ? last[1] : undefined;
    let known = digest === undefined ? undefined : this.known(digest);
    if (!known) {
      const bytes = readFileSync(file);
      digest = digestOf(bytes);
      known = this.known(digest) ?? this.parsed(digest, bytes.toString('utf8'), parse);
    }
    this.nowFiles.set(key, [stamp, digest!]);
    return restore(known);
  }

  /** Whether the page read at `key` passed the checks of a build before (as any page with its HTML did). */
  checkedBefore(key: string): boolean {
    const digest = this.nowFiles.get(key)?.[1];
    return digest !== undefined && this.last.has(digest);
  }

  /** Whether the page read at `key` has the HTML it had in the last build. */
  sameAsLastBuild(key: string): boolean {
    const now = this.nowFiles.get(key)?.[1];
    return now !== undefined && this.lastFiles.get(key)?.[1] === now;
  }

  /**
   * Where the links of the page at `key` went when they were last checked: in a build that passed, so for a page
   * the same as in the last build, they landed then.
   */
  lastTargets(key: string): LinkTargets | undefined {
    return this.sameAsLastBuild(key) ? this.targets.get(key) : undefined;
  }

  /** Where the links of the page at `key` go, checked in this build. */
  recordTargets(key: string, targets: LinkTargets): void {
    this.targets.set(key, targets);
    this.targetsSinceWhole.add(key);
    this.checkedNow++;
  }

  private known(digest: string): Stored | undefined {
    const known = this.now.get(digest) ?? this.last.get(digest);
    if (known) this.now.set(digest, known);
    return known;
  }

  private parsed(digest: string, html: string, parse: (html: string) => PageIds): Stored {
    const stored = this.shared(store(parse(html)));
    this.now.set(digest, stored);
    this.added++;
    return stored;
  }

  /**
   * The facts with each string, id and link shared with the other pages' (`string`, `tuple`): the checks hold every
   * page's facts at once.
   */
  private shared([ids, selfLinked, headingIds, duplicateIds, links]: Stored): Stored {
    const string = this.string.bind(this);
    return [
      ids.map(([id, tag, className]) => this.tuple(this.ids, tag, className, id, (t, c, i) => [i, t, c])),
      selfLinked.map(string),
      headingIds.map(string),
      duplicateIds.map(string),
      links.map(([attr, value, tag]) => this.tuple(this.links, attr, tag, value, (_, t, v) => [attr, v, t])),
    ];
  }

  /** A string cut from a page's HTML would keep the whole page in memory: the first of each is copied. */
  private string(text: string): string {
    let kept = this.strings.get(text);
    if (kept === undefined) this.strings.set(text, (kept = Buffer.from(text).toString()));
    return kept;
  }

  /**
   * An id or link as every page that has it shares it: one array, and one object made of it for the checks
   * (`restore`). Pages repeat the same links thousands of times over, and most ids. Looked up by its two strings with
   * few values (tag, class, attribute) first, then by the one with many (the id, the link's address).
   */
  private tuple<T>(
    kept: Nested<T>,
    first: string,
    second: string,
    many: string,
    make: (first: string, second: string, many: string) => T,
  ): T {
    let bySecond = kept.get(first);
    if (!bySecond) kept.set(first, (bySecond = new Map()));
    let byMany = bySecond.get(second);
    if (!byMany) bySecond.set(second, (byMany = new Map()));
    let tuple = byMany.get(many);
    if (!tuple) byMany.set(many, (tuple = make(this.string(first), this.string(second), this.string(many))));
    return tuple;
  }

  /** Keeps this build's pages for the next, unless they are the last build's already. */
  save(): void {
    const sameFiles =
      this.nowFiles.size === this.lastFiles.size &&
      [...this.nowFiles].every(([key, [stamp]]) => this.lastFiles.get(key)?.[0] === stamp);
    // Every file as the last build left it, and no page parsed or its links checked: both records hold this build's
    // pages already.
    if (this.added === 0 && sameFiles && this.checkedNow === 0) return;
    const files = [...this.nowFiles].map(([key, [stamp, digest]]) => [key, stamp, digest]);
    const targetsOf = (keys: Iterable<string>): KeptTargets =>
      [...keys].flatMap((key) => {
        const targets = this.nowFiles.has(key) ? this.targets.get(key) : undefined;
        return targets ? [[key, targets.pages, targets.files]] : [];
      });
    let whole = this.whole;
    const recent = [...this.now].filter(([digest]) => !whole?.digests.has(digest));
    const gone = whole ? whole.digests.size - (this.now.size - recent.length) : 0;
    const quarter = (whole?.digests.size ?? 0) / 4;
    let recentTargets = targetsOf(this.targetsSinceWhole);
    if (!whole || Math.max(recent.length, gone, recentTargets.length) > quarter) {
      whole = { id: randomUUID(), digests: new Set(this.now.keys()) };
      const record = encode([...this.now], targetsOf(this.nowFiles.keys()));
      writeWhole(this.file, JSON.stringify({ made: MADE_WITH, id: whole.id, ...record }));
      recent.length = 0;
      recentTargets = [];
    }
    writeWhole(
      this.recentFile,
      JSON.stringify({ made: MADE_WITH, whole: whole.id, ...encode(recent, recentTargets), files }),
    );
  }
}
