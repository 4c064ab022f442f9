/**
 * The search index in parts: a big site's records are spread over several Pagefind indexes, which the
 * reader's browser merges (Pagefind's mergeIndex), so that a rebuild re-indexes only the parts whose
 * records changed. Pagefind cannot update an index in place: its output depends on every page and on the
 * order they were added.
 *
 * Every record, article or entry, goes to a part by a digest of its address, so each part is a sample of the
 * whole rather than, say, all the entries. Pagefind still scores a part's results against that part's pages
 * alone, then merges: the order of results for a word on most pages shifts (README, Performance). The number
 * of parts grows in steps with the site, so a new article moves no other record.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './search-records.ts';

/** Pages per part at which a site's index splits in two, four, eight; one part below it. */
export const PAGES_PER_PART = 256;
export const MAX_PARTS = 8;
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
 * A rebuild may have handed Pagefind the first `guessed` of the last build's records before any came (pagefind.ts,
 * a part expected to change): if the records match the last build's that far, those are not handed again;
 * if they differ sooner, `onGuessWrong` is told before `onChanged` gets every record.
 */
export class PartRecords {
  readonly digests: string[] = [];
  private held: PartRecord[] = [];
  private changed = false;
  private readonly last: readonly string[] | undefined;
  private readonly onChanged: (records: SearchRecord[]) => void;
  private readonly guessed: number;
  private readonly onGuessWrong: () => void;

  constructor(
    last: readonly string[] | undefined,
    onChanged: (records: SearchRecord[]) => void,
    guess: { guessed: number; onGuessWrong: () => void } = { guessed: 0, onGuessWrong: () => {} },
  ) {
    this.last = last;
    this.onChanged = onChanged;
    this.guessed = guess.guessed;
    this.onGuessWrong = guess.onGuessWrong;
  }

  add(record: PartRecord): void {
    this.digests.push(record.digest);
    if (this.changed) this.onChanged([contentOf(record)]);
    else {
      this.held.push(record);
      if (this.last?.[this.digests.length - 1] !== record.digest) this.markChanged(this.digests.length - 1);
    }
  }

  /** Whether the records differ from the last build's (or there was none); a part that only lost records at
   * its end is known to differ once all are in (`finish`). */
  get isChanged(): boolean {
    return this.changed;
  }

  /** All records are in. */
  finish(): void {
    if (!this.changed && this.digests.length !== (this.last?.length ?? -1)) this.markChanged(this.digests.length);
  }

  /** An unchanged part's records, when the last build's index of them is gone: now handed over as changed. */
  handOver(): void {
    if (!this.changed) this.markChanged(this.digests.length);
  }

  /** The first `matching` records are the last build's. */
  private markChanged(matching: number): void {
    this.changed = true;
    let held = this.held;
    this.held = [];
    if (matching >= this.guessed) held = held.slice(this.guessed);
    else this.onGuessWrong();
    this.onChanged(held.map(contentOf));
  }
}

// Read now, while the page is as generated: later steps rewrite some pages (redirects.ts).
const contentOf = (record: PartRecord): SearchRecord => ({ url: record.url, content: record.content() });
