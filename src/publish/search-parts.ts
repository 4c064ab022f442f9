/**
 * The search index in parts: a big site's records are spread over several Pagefind indexes, which the
 * reader's browser merges (Pagefind's mergeIndex), so that a rebuild re-indexes only the parts whose
 * records changed. Pagefind cannot update an index in place: its output depends on every page and on the
 * order they were added.
 *
 * Every record, article or entry, goes to a part by a digest of its address, so each part is a sample of the
 * whole rather than, say, all the entries. Pagefind still scores a part's results against that part's pages
 * alone, then merges: the order of results for a word on most pages shifts (docs/performance-log.md). The number
 * of parts grows in steps with the site, so a new article moves no other record.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './search-records.ts';

/**
 * Pages per part at which a site's index splits in two, four, eight, sixteen; one part below it. A rebuild indexes
 * the changed part whole, and a reader's first search loads every part's metadata and chunks for the word: sixteen
 * parts at 10,000 pages halved a one-edit rebuild's search work, for a first search a sixth heavier and no slower
 * (docs/performance-log.md).
 */
export const PAGES_PER_PART = 256;
export const MAX_PARTS = 16;
/** Overrides the number of parts (tests, measurements): a whole number from 1 to MAX_PARTS. */
export const PARTS_VAR = 'EXPLAINER_SEARCH_PARTS';

/** How many parts a site of `pages` pages is indexed in: a power of two, 1 for a small site. */
export function partCount(pages: number, override?: string): number {
  if (override !== undefined && override !== '') {
    const n = Number(override);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PARTS)
      throw new Error(`${PARTS_VAR}=${override}: give a whole number from 1 to ${MAX_PARTS}`);
    return n;
  }
  let parts = 1;
  while (parts < MAX_PARTS && pages >= PAGES_PER_PART * parts * 2) parts *= 2;
  return parts;
}

/** The part (0 … parts-1) a record at `url` belongs to, the same in every build. */
export function partOf(url: string, parts: number): number {
  if (parts === 1) return 0;
  return parseInt(createHash('sha1').update(url).digest('hex').slice(0, 8), 16) % parts;
}

/** Where part `n` is served, under the site's `pagefind/` folder: the first part is Pagefind's own. */
export const partFolder = (n: number): string => (n === 0 ? '' : `part-${n}/`);

/** A record's digest: what Pagefind is given for it. */
export const recordDigest = (record: SearchRecord): string =>
  createHash('sha1').update(record.url).update('\0').update(record.content).digest('base64url');

/**
 * A record as a part takes it: its digest, and its content only when the part is indexed. The records of a
 * page unchanged since the last build are known by their digests alone, and the page is read only if a part
 * they fall in has changed (pagefind.ts).
 */
export interface PartRecord {
  url: string;
  digest: string;
  content(): string;
}

export const partRecord = (record: SearchRecord): PartRecord => ({
  url: record.url,
  digest: recordDigest(record),
  content: () => record.content,
});

/** A part's key: everything its index is made from, in order, and how it is written (`made`). */
export function partKey(made: string, part: number, digests: readonly string[]): string {
  const hash = createHash('sha256').update(`${made}\0${part}\0`);
  for (const digest of digests) hash.update(digest).update('\n');
  return hash.digest('base64url').slice(0, 32);
}

/**
 * One part's records as they come, in the build's order, told against what the last build gave this part.
 * While they match, nothing is indexed: the last build's index for them may be reused, and they are held
 * in case it is gone. At the first difference `onChanged` gets the records so far, and from then on each
 * record as it comes, their content read then; none is held any more.
 *
 * A rebuild may hand Pagefind records before they come (pagefind.ts, a part expected to change): the guess,
 * given as it grows. Records that match it are not handed again; at the first that does not, `onGuessWrong`
 * is told (its index must go), and the records are taken as if no guess had been made: handed over from the
 * first if they differ from the last build's, else held.
 */
export class PartRecords {
  readonly digests: string[] = [];
  private held: PartRecord[] = [];
  /** Handing each record over as it comes. */
  private live = false;
  private differs = false;
  private guess: string[];
  /** The guess is all there is to come: a record more is a wrong guess. */
  private closed = false;
  private readonly last: readonly string[] | undefined;
  private readonly onChanged: (records: SearchRecord[]) => void;
  private readonly onGuessWrong: () => void;

  constructor(
    last: readonly string[] | undefined,
    onChanged: (records: SearchRecord[]) => void,
    guess: { guessed: readonly string[]; onGuessWrong: () => void } = { guessed: [], onGuessWrong: () => {} },
  ) {
    this.last = last;
    this.onChanged = onChanged;
    this.guess = [...guess.guessed];
    this.onGuessWrong = guess.onGuessWrong;
  }

  add(record: PartRecord): void {
    const at = this.digests.push(record.digest) - 1;
    if (this.live) return this.onChanged([contentOf(record)]);
    this.held.push(record);
    if (this.last?.[at] !== record.digest) this.differs = true;
    if (at < this.guess.length ? this.guess[at] !== record.digest : this.closed) this.guessWrong();
    if (this.differs && at >= this.guess.length) this.goLive();
  }

  /**
   * More records handed to Pagefind ahead of their coming, by digest: false (and the guess stays as it was) if
   * records already here say otherwise or are being handed over as they come.
   */
  extendGuess(digests: readonly string[]): boolean {
    if (this.live || this.closed) return false;
    const from = this.guess.length;
    if (digests.some((digest, i) => from + i < this.digests.length && this.digests[from + i] !== digest)) return false;
    this.guess.push(...digests);
    return true;
  }

  /**
   * The guess so far is every record to come (its index is being written ahead): from now on a record that
   * differs from it, or one more, is a wrong guess. Returns the guess's digests; none if it was wrong already or
   * records are being handed over as they come.
   */
  closeGuess(): readonly string[] | undefined {
    if (this.live) return undefined;
    this.closed = true;
    // More have come already.
    if (this.digests.length > this.guess.length) this.guessWrong();
    return this.closed ? this.guess : undefined;
  }

  /** Once all are in (`finish`): whether the records were the closed guess, no more and no fewer. */
  get wereGuessed(): boolean {
    return this.closed && this.guess.length === this.digests.length;
  }

  /** Whether the records differ from the last build's (or there was none); a part that only lost records at
   * its end is known to differ once all are in (`finish`). */
  get isChanged(): boolean {
    return this.differs;
  }

  /** All records are in. */
  finish(): void {
    if (this.digests.length !== (this.last?.length ?? -1)) this.differs = true;
    // Pagefind was given records that never came.
    if (this.guess.length > this.digests.length) this.guessWrong();
    // (A wrong guess leaves the guess empty: `wereGuessed` is then false.)
    if (this.differs && !this.live) this.goLive();
  }

  /** An unchanged part's records, when the last build's index of them is gone: now handed over as changed. */
  handOver(): void {
    if (!this.live) this.goLive();
  }

  private guessWrong(): void {
    this.guess = [];
    this.closed = false;
    this.onGuessWrong();
  }

  /** Hands over the records held beyond the guess, then each as it comes. */
  private goLive(): void {
    this.live = true;
    const held = this.held.slice(this.guess.length);
    this.held = [];
    this.onChanged(held.map(contentOf));
  }
}

/**
 * What a part expected to change in a rebuild (it held an edited article's page) is given ahead of its records
 * (pagefind.ts): the last build's records in their order, each from its page as the last build made it, up to
 * an edited page; that page's new records once it has rendered, and on. A page the last build kept no copy of
 * is waited for too: it will render. The guess stops for good at a record of no known page, or one its page no
 * longer gives.
 */
export class PartGuess {
  private next = 0;
  private stopped = false;
  /** The records of the page being given (a page's records come together). */
  private page: { key: string; records: readonly PartRecord[] } | undefined;
  private readonly part: number;
  private readonly parts: number;
  private readonly keys: ReadonlyArray<string | undefined>;
  private readonly digests: readonly string[];
  private readonly edited: ReadonlySet<string>;

  /**
   * Part `part` of `parts`, whose last records (by `digests`) came from the pages `keys` (undefined: none
   * known); `edited`: the edited articles' pages.
   */
  constructor(
    part: { part: number; parts: number },
    last: { keys: ReadonlyArray<string | undefined>; digests: readonly string[] },
    edited: ReadonlySet<string>,
  ) {
    this.part = part.part;
    this.parts = part.parts;
    this.keys = last.keys;
    this.digests = last.digests;
    this.edited = edited;
  }

  /** Whether an edited page gave the part records last time: it is then expected to change. */
  get expectsChange(): boolean {
    return this.keys.some((key) => key !== undefined && this.edited.has(key));
  }

  /** Whether every record the part is expected to get has been given. */
  get complete(): boolean {
    return !this.stopped && this.next === this.keys.length;
  }

  /** Whether the guess stopped for good short of the part's end: nothing more will be given. */
  get gaveUp(): boolean {
    return this.stopped;
  }

  /**
   * The records to give next. `lastOf` gives a page's records as the last build made them (from its copy; none
   * if there is none), `renderedOf` a page's records as rendered in this build (none until it has rendered).
   */
  more(pages: {
    lastOf: (key: string) => readonly PartRecord[] | undefined;
    renderedOf: (key: string) => readonly PartRecord[] | undefined;
  }): PartRecord[] {
    const { keys } = this;
    const records: PartRecord[] = [];
    while (this.next < keys.length) {
      const key = keys[this.next];
      if (key === undefined) {
        this.stop();
        break;
      }
      if (this.edited.has(key)) {
        const now = pages.renderedOf(key);
        if (!now) break;
        records.push(...now.filter((record) => partOf(record.url, this.parts) === this.part));
        while (keys[this.next] === key) this.next++;
        continue;
      }
      if (this.page?.key !== key) {
        const page = pages.lastOf(key) ?? pages.renderedOf(key);
        if (!page) break;
        this.page = { key, records: page };
      }
      const record = this.page.records.find((r) => r.digest === this.digests[this.next]);
      if (!record) {
        this.stop();
        break;
      }
      records.push(record);
      this.next++;
    }
    return records;
  }

  private stop(): void {
    this.stopped = true;
    this.next = this.keys.length;
    this.page = undefined;
  }
}

// Read now, while the page is as generated: later steps rewrite some pages (redirects.ts).
const contentOf = (record: PartRecord): SearchRecord => ({ url: record.url, content: record.content() });
