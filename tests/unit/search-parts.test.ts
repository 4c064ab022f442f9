import { afterEach, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MAX_PARTS,
  PAGES_PER_PART,
  PartRecords,
  partCount,
  partFolder,
  partKey,
  partOf,
  PartGuess,
  partRecord,
  recordDigest,
  type PartRecord,
} from '../../src/publish/search-parts.ts';
import { SearchIndexCache } from '../../src/publish/search-index-cache.ts';
import { partFolders } from '../../src/scripts/search/index-parts.ts';
import type { SearchRecord } from '../../src/publish/search-records.ts';

const record = (url: string, text = url): SearchRecord => ({ url, content: `<html><body>${text}</body></html>` });

describe('how many parts a site is indexed in', () => {
  it('is one for a small site, then doubles in steps up to the cap', () => {
    expect(partCount(0)).toBe(1);
    expect(partCount(2 * PAGES_PER_PART - 1)).toBe(1);
    expect(partCount(2 * PAGES_PER_PART)).toBe(2);
    expect(partCount(4 * PAGES_PER_PART)).toBe(4);
    expect(partCount(8 * PAGES_PER_PART - 1)).toBe(4);
    expect(partCount(1_000_000)).toBe(MAX_PARTS);
  });

  it('takes a setting from 1 to the cap, and refuses anything else by name', () => {
    expect(partCount(10, '3')).toBe(3);
    expect(partCount(100_000, '1')).toBe(1);
    expect(partCount(10, '')).toBe(1);
    for (const bad of ['0', '-2', '2.5', 'many', String(MAX_PARTS + 1)])
      expect(() => partCount(10, bad)).toThrow(/EXPLAINER_SEARCH_PARTS=.*whole number from 1 to 16/);
  });
});

describe('which part a record goes to', () => {
  const urls = Array.from({ length: 2000 }, (_, i) => `/articles/story-${i}/`);

  it('is the same in every build and within range', () => {
    for (const url of urls.slice(0, 50)) {
      expect(partOf(url, 4)).toBe(partOf(url, 4));
      expect(partOf(url, 4)).toBeGreaterThanOrEqual(0);
      expect(partOf(url, 4)).toBeLessThan(4);
    }
    expect(partOf('/glossary/#ceasefire', 1)).toBe(0);
  });

  it('spreads records evenly, entries as well as articles', () => {
    const entries = Array.from({ length: 400 }, (_, i) => `/glossary/#term-${i}`);
    for (const list of [urls, entries]) {
      const sizes = [0, 0, 0, 0, 0, 0, 0, 0];
      for (const url of list) sizes[partOf(url, 8)]!++;
      for (const size of sizes) expect(size / list.length).toBeGreaterThan(0.08);
    }
  });

  it('names the first part Pagefind’s own folder and the others beneath it', () => {
    expect(partFolder(0)).toBe('');
    expect(partFolder(3)).toBe('part-3/');
    expect(partFolders(['part-1/', 'part-2/'])).toEqual(['part-1/', 'part-2/']);
    for (const bad of [null, {}, 'part-1/', ['../x/'], ['part-1'], [1]]) expect(partFolders(bad)).toEqual([]);
  });
});

describe('a part’s key', () => {
  const digests = [record('/a/'), record('/b/')].map(recordDigest);

  it('changes with any record, their order, the part or how parts are made', () => {
    const key = partKey('made', 1, digests);
    expect(partKey('made', 1, [...digests])).toBe(key);
    expect(partKey('made', 1, [...digests].reverse())).not.toBe(key);
    expect(partKey('made', 1, [digests[0]!, recordDigest(record('/b/', 'edited'))])).not.toBe(key);
    expect(partKey('made', 2, digests)).not.toBe(key);
    expect(partKey('made again', 1, digests)).not.toBe(key);
  });
});

describe('a part’s records, told against the last build', () => {
  const records = ['/a/', '/b/', '/c/'].map((u) => partRecord(record(u)));
  const last = records.map((r) => r.digest);

  function part(previous: string[] | undefined) {
    const handed: string[][] = [];
    const p = new PartRecords(previous, (r) => handed.push(r.map((x) => x.url)));
    return { p, handed };
  }

  it('hands nothing to Pagefind while the records are the last build’s', () => {
    const { p, handed } = part(last);
    records.forEach((r) => p.add(r));
    p.finish();
    expect(handed).toEqual([]);
    expect(p.isChanged).toBe(false);
    expect(p.digests).toEqual(last);
  });

  it('at the first difference hands over the records so far, then each as it comes', () => {
    const { p, handed } = part(last);
    p.add(records[0]!);
    p.add(partRecord(record('/b/', 'edited')));
    p.add(records[2]!);
    expect(handed).toEqual([['/a/', '/b/'], ['/c/']]);
    expect(p.isChanged).toBe(true);
  });

  it('reads a record’s content only when it is handed over, and then at once', () => {
    const read: string[] = [];
    const lazy = (r: PartRecord): PartRecord => ({ ...r, content: () => (read.push(r.url), r.content()) });
    const same = part(last);
    records.map(lazy).forEach((r) => same.p.add(r));
    same.p.finish();
    expect(read).toEqual([]);
    const edited = part(last);
    edited.p.add(lazy(records[0]!));
    expect(read).toEqual([]);
    edited.p.add(lazy(partRecord(record('/b/', 'edited'))));
    expect(read).toEqual(['/a/', '/b/']);
    edited.p.add(lazy(records[2]!));
    expect(read).toEqual(['/a/', '/b/', '/c/']);
  });

  it('with no last build, hands over every record as it comes', () => {
    const { p, handed } = part(undefined);
    records.forEach((r) => p.add(r));
    expect(handed).toEqual([['/a/'], ['/b/'], ['/c/']]);
  });

  it('hands over an unchanged part’s records when asked (its kept index is gone)', () => {
    const { p, handed } = part(last);
    records.forEach((r) => p.add(r));
    p.finish();
    p.handOver();
    expect(handed).toEqual([['/a/', '/b/', '/c/']]);
    p.handOver();
    expect(handed).toHaveLength(1);
  });

  it('counts a record more, or one fewer at the end, as a change', () => {
    const more = part(last);
    [...records, partRecord(record('/d/'))].forEach((r) => more.p.add(r));
    expect(more.handed).toEqual([['/a/', '/b/', '/c/', '/d/']]);
    const fewer = part(last);
    records.slice(0, 2).forEach((r) => fewer.p.add(r));
    expect(fewer.handed).toEqual([]);
    fewer.p.finish();
    expect(fewer.handed).toEqual([['/a/', '/b/']]);
    expect(fewer.p.isChanged).toBe(true);
  });
});

describe('a part started before its records came, with the last build’s first records', () => {
  const records = ['/a/', '/b/', '/c/', '/d/'].map((u) => partRecord(record(u)));
  const last = records.map((r) => r.digest);
  const edited = (url: string) => partRecord(record(url, 'edited'));

  function started(guessed: number) {
    const handed: string[][] = [];
    let wrong = 0;
    const p = new PartRecords(last, (r) => handed.push(r.map((x) => x.url)), {
      guessed: last.slice(0, guessed),
      onGuessWrong: () => wrong++,
    });
    return { p, handed, wrong: () => wrong };
  }

  it('hands over only what comes after the records it was started with, when they were right', () => {
    const s = started(2);
    [records[0]!, records[1]!, edited('/c/'), records[3]!].forEach((r) => s.p.add(r));
    expect(s.handed).toEqual([['/c/'], ['/d/']]);
    expect(s.wrong()).toBe(0);
  });

  it('says so, then hands over every record, when a record it was started with changed', () => {
    const s = started(3);
    [records[0]!, edited('/b/'), records[2]!].forEach((r) => s.p.add(r));
    expect(s.wrong()).toBe(1);
    expect(s.handed).toEqual([['/a/', '/b/'], ['/c/']]);
  });

  it('hands over nothing when the part turns out unchanged (its kept index is used)', () => {
    const s = started(2);
    records.forEach((r) => s.p.add(r));
    s.p.finish();
    expect([s.p.isChanged, s.handed, s.wrong()]).toEqual([false, [], 0]);
  });

  it('counts a part cut short before the records it was started with as wrong', () => {
    const s = started(3);
    records.slice(0, 2).forEach((r) => s.p.add(r));
    s.p.finish();
    expect(s.wrong()).toBe(1);
    expect(s.handed).toEqual([['/a/', '/b/']]);
  });

  it('takes a guess that grows past the edited record, and hands over only what comes after it', () => {
    const s = started(2);
    expect(s.p.extendGuess([edited('/c/').digest, records[3]!.digest])).toBe(true);
    [records[0]!, records[1]!, edited('/c/'), records[3]!].forEach((r) => s.p.add(r));
    s.p.finish();
    expect([s.p.isChanged, s.handed, s.wrong()]).toEqual([true, [[]], 0]);
  });

  it('grows the guess over records already come only where they agree', () => {
    const s = started(1);
    [records[0]!, records[1]!].forEach((r) => s.p.add(r));
    expect(s.p.extendGuess([edited('/b/').digest])).toBe(false);
    expect(s.p.extendGuess([records[1]!.digest, edited('/c/').digest])).toBe(true);
    [edited('/c/'), records[3]!].forEach((r) => s.p.add(r));
    expect(s.handed).toEqual([['/d/']]);
    expect(s.wrong()).toBe(0);
  });

  it('says a grown guess was wrong when a record differs from it, then hands over every record', () => {
    const s = started(2);
    s.p.extendGuess([edited('/c/').digest, records[3]!.digest]);
    [records[0]!, records[1]!, partRecord(record('/c/', 'edited otherwise')), records[3]!].forEach((r) => s.p.add(r));
    expect(s.wrong()).toBe(1);
    expect(s.handed).toEqual([['/a/', '/b/', '/c/'], ['/d/']]);
  });

  it('takes no more guesses once records are handed over as they come', () => {
    const s = started(0);
    [records[0]!, edited('/b/')].forEach((r) => s.p.add(r));
    expect(s.p.extendGuess([records[2]!.digest])).toBe(false);
    expect(s.handed).toEqual([['/a/', '/b/']]);
  });

  it('holds a closed guess to exactly the records that come', () => {
    const guessed = [records[0]!.digest, records[1]!.digest, edited('/c/').digest, records[3]!.digest];
    const exact = started(2);
    exact.p.extendGuess(guessed.slice(2));
    expect(exact.p.closeGuess()).toEqual(guessed);
    [records[0]!, records[1]!, edited('/c/'), records[3]!].forEach((r) => exact.p.add(r));
    exact.p.finish();
    expect([exact.p.wereGuessed, exact.p.isChanged, exact.wrong(), exact.handed]).toEqual([true, true, 0, [[]]]);

    const more = started(2);
    more.p.extendGuess(guessed.slice(2));
    more.p.closeGuess();
    [records[0]!, records[1]!, edited('/c/'), records[3]!, edited('/e/')].forEach((r) => more.p.add(r));
    more.p.finish();
    expect([more.p.wereGuessed, more.wrong()]).toEqual([false, 1]);
    expect(more.handed.flat()).toEqual(['/a/', '/b/', '/c/', '/d/', '/e/']);

    const fewer = started(2);
    fewer.p.extendGuess(guessed.slice(2));
    fewer.p.closeGuess();
    [records[0]!, records[1]!, edited('/c/')].forEach((r) => fewer.p.add(r));
    fewer.p.finish();
    expect([fewer.p.wereGuessed, fewer.wrong()]).toEqual([false, 1]);
  });

  it('takes no more guesses once closed', () => {
    const s = started(2);
    s.p.closeGuess();
    expect(s.p.extendGuess([records[2]!.digest])).toBe(false);
  });

  it('will not close a guess that records already passed', () => {
    const s = started(1);
    [records[0]!, records[1]!].forEach((r) => s.p.add(r));
    expect(s.p.closeGuess()).toBeUndefined();
    expect(s.wrong()).toBe(1);
  });

  it('hands over the rest when an unchanged part’s kept index is gone', () => {
    const s = started(2);
    records.forEach((r) => s.p.add(r));
    s.p.finish();
    s.p.handOver();
    expect(s.handed).toEqual([['/c/', '/d/']]);
    expect(s.wrong()).toBe(0);
  });
});

describe('what a part expected to change is given ahead of its records', () => {
  // Part 0 of 1: every record is the part's. Pages a, b, c, d; b and d edited; c has two records (entries).
  const rec = (url: string, text = url) => partRecord(record(url, text));
  const last = [rec('/a/'), rec('/b/'), rec('/c/#x'), rec('/c/#y'), rec('/d/')];
  const keys = ['a/', 'b/', 'c/', 'c/', 'd/'];
  const digests = last.map((r) => r.digest);
  const urls = (records: PartRecord[]) => records.map((r) => r.url);

  /** Pages as the last build made them (`copies`: those Astro kept a copy of) and as rendered so far. */
  function pagesOf(copies = ['a/', 'b/', 'c/', 'd/']) {
    const read: string[] = [];
    const rendered = new Map<string, PartRecord[]>();
    const lastOf = (key: string) => {
      if (!copies.includes(key)) return undefined;
      read.push(key);
      return last.filter((r) => `${r.url.replace(/#.*/, '').slice(1)}` === key);
    };
    return { read, rendered, pages: { lastOf, renderedOf: (key: string) => rendered.get(key) } };
  }

  it('gives the last records up to an edited page, then that page’s new ones once it renders, and on', () => {
    const { read, rendered, pages } = pagesOf();
    const guess = new PartGuess({ part: 0, parts: 1 }, { keys, digests }, new Set(['b/', 'd/']));
    expect(guess.expectsChange).toBe(true);
    expect(urls(guess.more(pages))).toEqual(['/a/']);
    expect(guess.more(pages)).toEqual([]);
    expect(guess.complete).toBe(false);
    rendered.set('d/', [rec('/d/', 'new d')]);
    expect(guess.more(pages)).toEqual([]);
    rendered.set('b/', [rec('/b/', 'new b'), rec('/b/#new', 'new entry')]);
    const next = guess.more(pages);
    expect(urls(next)).toEqual(['/b/', '/b/#new', '/c/#x', '/c/#y', '/d/']);
    expect(next[0]!.content()).toContain('new b');
    expect(next[4]!.content()).toContain('new d');
    // Each page the last build made is read once, the edited ones never.
    expect(read).toEqual(['a/', 'c/']);
    expect(guess.complete).toBe(true);
    expect(guess.more(pages)).toEqual([]);
  });

  it('waits for a page the last build kept no copy of, and takes it as rendered', () => {
    const { rendered, pages } = pagesOf(['a/', 'b/', 'd/']);
    const guess = new PartGuess({ part: 0, parts: 1 }, { keys, digests }, new Set(['b/']));
    rendered.set('b/', [rec('/b/', 'new b')]);
    expect(urls(guess.more(pages))).toEqual(['/a/', '/b/']);
    rendered.set('c/', [rec('/c/#x'), rec('/c/#y')]);
    expect(urls(guess.more(pages))).toEqual(['/c/#x', '/c/#y', '/d/']);
    expect(guess.complete).toBe(true);
  });

  it('gives only the new records of this part', () => {
    const all = ['/p/', '/q/', '/r/', '/s/', '/t/', '/u/'];
    const [url, other] = [all.find((u) => partOf(u, 2) === 1)!, all.find((u) => partOf(u, 2) === 0)!];
    const { rendered, pages } = pagesOf();
    rendered.set('e/', [rec(other), rec(url)]);
    const guess = new PartGuess({ part: 1, parts: 2 }, { keys: ['e/'], digests: ['old'] }, new Set(['e/']));
    expect(urls(guess.more(pages))).toEqual([url]);
  });

  it('stops for good at a record of no known page, or one its page no longer gives', () => {
    const edited = new Set(['a/']);
    const { rendered, pages } = pagesOf();
    rendered.set('a/', [rec('/a/', 'new a')]);
    const unknown = new PartGuess({ part: 0, parts: 1 }, { keys: ['a/', undefined, 'c/'], digests }, edited);
    expect(urls(unknown.more(pages))).toEqual(['/a/']);
    expect(unknown.more(pages)).toEqual([]);
    const changed = new PartGuess({ part: 0, parts: 1 }, { keys, digests }, edited);
    const onlyB = {
      ...pages,
      lastOf: (key: string) => (key === 'c/' ? [rec('/c/#x', 'otherwise')] : pages.lastOf(key)),
    };
    expect(urls(changed.more(onlyB))).toEqual(['/a/', '/b/']);
    expect(changed.more(pages)).toEqual([]);
    expect([unknown.complete, changed.complete]).toEqual([false, false]);
    expect([unknown.gaveUp, changed.gaveUp]).toEqual([true, true]);
  });

  it('expects no change of a part that held no edited page', () => {
    const guess = new PartGuess({ part: 0, parts: 1 }, { keys, digests: [] }, new Set(['z/']));
    expect(guess.expectsChange).toBe(false);
  });
});

describe('the parts kept between builds', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  async function written(cache: SearchIndexCache, key: string): Promise<string> {
    const scratch = await cache.scratch(key);
    writeFileSync(join(scratch, 'pagefind-entry.json'), '{}');
    mkdirSync(join(scratch, 'index'));
    return cache.keep(scratch, key);
  }

  it('finds a kept part by its key, and the last build only if made alike in as many parts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
    const cache = new SearchIndexCache(dir);
    expect(cache.last('made', 2)).toBeUndefined();
    expect(cache.kept('k1')).toBeUndefined();
    const folder = await written(cache, 'k1');
    expect(cache.kept('k1')).toBe(folder);
    await cache.save({ made: 'made', parts: 2, records: [['x'], []], pages: [] }, ['k1']);
    expect(cache.last('made', 2)?.records).toEqual([['x'], []]);
    expect(cache.last('made', 4)).toBeUndefined();
    expect(cache.last('made otherwise', 2)).toBeUndefined();
  });

  it('keeps only the last build’s parts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
    const cache = new SearchIndexCache(dir);
    await written(cache, 'old');
    await written(cache, 'new');
    await cache.save({ made: 'made', parts: 1, records: [[]], pages: [] }, ['new']);
    expect(readdirSync(dir).sort()).toEqual(['last.json', 'new']);
    expect(existsSync(join(dir, 'new', 'index'))).toBe(true);
  });

  it('puts a kept part into the site whole, its files linked to the kept ones', async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
    const cache = new SearchIndexCache(join(dir, 'cache'));
    const folder = await written(cache, 'k');
    writeFileSync(join(folder, 'index', 'a.pf_index'), 'chunk');
    const site = join(dir, 'site', 'pagefind', 'part-1');
    await SearchIndexCache.copy(folder, site);
    expect(readFileSync(join(site, 'index', 'a.pf_index'), 'utf8')).toBe('chunk');
    expect(statSync(join(site, 'pagefind-entry.json')).ino).toBe(statSync(join(folder, 'pagefind-entry.json')).ino);
    // The next build forgets the part: the site keeps its files.
    await cache.save({ made: 'made', parts: 1, records: [[]], pages: [] }, []);
    expect(existsSync(folder)).toBe(false);
    expect(readFileSync(join(site, 'pagefind-entry.json'), 'utf8')).toBe('{}');
  });

  it('treats an unreadable record of the last build as none', () => {
    dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
    writeFileSync(join(dir, 'last.json'), '{ not json');
    expect(new SearchIndexCache(dir).last('made', 1)).toBeUndefined();
  });
});
