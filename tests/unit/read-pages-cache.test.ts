import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parsePage, type PageIds } from '../../src/publish/built-site.ts';
import { ReadPagesCache } from '../../src/publish/read-pages-cache.ts';

const page = (n: number) =>
  `<nav><h2 id="nav-${n}">Contents</h2></nav><h2 id="s${n}">S</h2><a href="#s${n}" data-anchor-link>#</a>` +
  `<p id="p1" class="source-paragraph"></p><i id="s${n}"></i><a href="/x/#y">x</a><img src="/a.png">`;

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function counting() {
  const parsed: string[] = [];
  return { parsed, parse: (html: string) => (parsed.push(html), parsePage(html)) };
}

const WHEN = new Date('2026-01-01T00:00:00Z');

/** Pages 1 … n written as files `pN.html` in a fresh folder; the cache's record beside them. */
function pages(n: number) {
  dir = mkdtempSync(join(tmpdir(), 'read-pages-'));
  const files = Array.from({ length: n }, (_, i) => join(dir, `p${i + 1}.html`));
  // An old time, so that a file written again in the test has another.
  files.forEach((file, i) => (writeFileSync(file, page(i + 1)), utimesSync(file, WHEN, WHEN)));
  const read = (cache: ReadPagesCache, i: number, parse: (html: string) => PageIds) =>
    cache.readFile(`p${i}/`, files[i - 1]!, parse);
  return { files, read, record: join(dir, 'cache', 'built-pages.json') };
}

describe('the built pages kept between builds', () => {
  it('parses a page once; the next build has the same facts without parsing it', () => {
    const { read, record } = pages(3);
    const first = counting();
    const cache = new ReadPagesCache(record);
    const facts = [1, 2].map((n) => read(cache, n, first.parse));
    cache.save();
    expect(first.parsed).toHaveLength(2);

    const next = counting();
    const again = new ReadPagesCache(record);
    expect(read(again, 1, next.parse)).toEqual(facts[0]);
    expect(read(again, 2, next.parse)).toEqual(facts[1]);
    expect(read(again, 3, next.parse)).toEqual(parsePage(page(3)));
    expect(next.parsed).toEqual([page(3)]);
    expect(facts[0]!.duplicateIds).toEqual(['s1']);
    expect([...facts[0]!.headingIds]).toEqual(['s1']);
  });

  it('does not read a file the last build read (the same stamp); reads one written anew, parsing it if changed', () => {
    const { files, read, record } = pages(2);
    const cache = new ReadPagesCache(record);
    [1, 2].forEach((n) => read(cache, n, parsePage));
    cache.save();
    // Other bytes in the same file, of the same size and time: only a reading would tell.
    writeFileSync(files[0]!, page(7));
    utimesSync(files[0]!, WHEN, WHEN);
    expect(read(new ReadPagesCache(record), 1, () => expect.fail('parsed'))).toEqual(parsePage(page(1)));
    // A new file with the same bytes: read, but not parsed again.
    rmSync(files[0]!);
    writeFileSync(files[0]!, page(1));
    const again = new ReadPagesCache(record);
    expect(read(again, 1, () => expect.fail('parsed again'))).toEqual(parsePage(page(1)));
    writeFileSync(files[1]!, page(5));
    const c = counting();
    expect(read(again, 2, c.parse)).toEqual(parsePage(page(5)));
    expect(c.parsed).toEqual([page(5)]);
  });

  it('writes each string once, however many pages repeat it, and reads the same facts back', () => {
    const { read, record } = pages(3);
    const cache = new ReadPagesCache(record);
    const facts = [1, 2, 3].map((n) => read(cache, n, parsePage));
    cache.save();
    const { strings } = JSON.parse(readFileSync(record, 'utf8')) as { strings: string[] };
    expect(strings.filter((s) => s === '/x/#y')).toHaveLength(1);
    expect(strings.filter((s) => s === 'source-paragraph')).toHaveLength(1);
    const again = new ReadPagesCache(record);
    expect([1, 2, 3].map((n) => read(again, n, () => expect.fail('parsed again')))).toEqual(facts);
  });

  it('gives pages that repeat a link or an element one object for it, with the facts a parse gives', () => {
    const { read, record } = pages(3);
    const cache = new ReadPagesCache(record);
    const facts = [1, 2, 3].map((n) => read(cache, n, parsePage));
    facts.forEach((f, i) => expect(f).toEqual(parsePage(page(i + 1))));
    const link = (f: PageIds) => f.links.find((l) => l.value === '/x/#y');
    expect(link(facts[0]!)).toBeDefined();
    expect(link(facts[1]!)).toBe(link(facts[0]!));
    expect(link(facts[2]!)).toBe(link(facts[0]!));
    expect(facts[1]!.ids.get('p1')).toBe(facts[0]!.ids.get('p1'));
    // Elements of the same tag and class under other ids are objects of their own.
    expect(facts[1]!.ids.get('s2')).not.toBe(facts[0]!.ids.get('s1'));
    expect(facts[1]!.ids.get('s2')).toEqual(facts[0]!.ids.get('s1'));
  });

  it('after a build that changed few pages, writes those pages and leaves the whole record as it was', () => {
    const { files, read, record } = pages(8);
    const one = new ReadPagesCache(record);
    for (let n = 1; n <= 8; n++) read(one, n, parsePage);
    one.save();
    const whole = readFileSync(record, 'utf8');
    rmSync(files[0]!);
    writeFileSync(files[0]!, page(9));
    const two = new ReadPagesCache(record);
    for (let n = 1; n <= 8; n++) read(two, n, parsePage);
    two.save();
    expect(readFileSync(record, 'utf8')).toBe(whole);
    const recent = JSON.parse(readFileSync(record.replace(/\.json$/, '.recent.json'), 'utf8')) as {
      pages: unknown[];
      files: unknown[];
    };
    expect(recent.pages).toHaveLength(1);
    expect(recent.files).toHaveLength(8);
    // The next build has every page, the changed one from the recent record, without reading or parsing any.
    const three = new ReadPagesCache(record);
    const facts = [1, 2, 8].map((n) => read(three, n, () => expect.fail('parsed again')));
    expect(facts[0]).toEqual(parsePage(page(9)));
    expect(facts[2]).toEqual(parsePage(page(8)));
    // Three more pages changed: more than a quarter of the whole record, which is written again.
    for (const i of [1, 2, 3]) (rmSync(files[i]!), writeFileSync(files[i]!, page(20 + i)));
    for (let n = 1; n <= 8; n++) read(three, n, parsePage);
    three.save();
    expect(readFileSync(record, 'utf8')).not.toBe(whole);
    const four = new ReadPagesCache(record);
    expect(read(four, 3, () => expect.fail('parsed again'))).toEqual(parsePage(page(22)));
  });

  it('keeps only the pages of the last build', () => {
    const { read, record } = pages(2);
    const one = new ReadPagesCache(record);
    read(one, 1, parsePage);
    read(one, 2, parsePage);
    one.save();
    const two = new ReadPagesCache(record);
    read(two, 2, parsePage);
    two.save();
    const three = counting();
    read(new ReadPagesCache(record), 1, three.parse);
    expect(three.parsed).toHaveLength(1);
  });

  it('keeps where each page’s links went, for the pages that are as they were in the last build', () => {
    const { files, read, record } = pages(8);
    const one = new ReadPagesCache(record);
    for (let n = 1; n <= 8; n++) read(one, n, parsePage);
    expect(one.checkedBefore('p1/')).toBe(false);
    for (let n = 1; n <= 8; n++) one.recordTargets(`p${n}/`, { pages: [[`p${(n % 8) + 1}/`, 's1']], files: ['a.png'] });
    one.save();

    const two = new ReadPagesCache(record);
    for (let n = 1; n <= 8; n++) read(two, n, parsePage);
    expect(two.checkedBefore('p1/')).toBe(true);
    expect(two.sameAsLastBuild('p1/')).toBe(true);
    expect(two.lastTargets('p8/')).toEqual({ pages: [['p1/', 's1']], files: ['a.png'] });
    // One page changed, and its links are checked again: the recent record holds where they go now.
    rmSync(files[1]!);
    writeFileSync(files[1]!, page(9));
    const three = new ReadPagesCache(record);
    for (let n = 1; n <= 8; n++) read(three, n, parsePage);
    expect(three.sameAsLastBuild('p2/')).toBe(false);
    expect(three.lastTargets('p2/')).toBeUndefined();
    expect(three.checkedBefore('p2/')).toBe(false);
    three.recordTargets('p2/', { pages: [], files: [] });
    const whole = readFileSync(record, 'utf8');
    three.save();
    expect(readFileSync(record, 'utf8')).toBe(whole);

    const four = new ReadPagesCache(record);
    for (let n = 1; n <= 8; n++) read(four, n, () => expect.fail('parsed again'));
    expect(four.lastTargets('p2/')).toEqual({ pages: [], files: [] });
    expect(four.lastTargets('p3/')).toEqual({ pages: [['p4/', 's1']], files: ['a.png'] });
  });

  it('parses every page when the record is unreadable', () => {
    const { read, record } = pages(1);
    mkdirSync(dirname(record));
    writeFileSync(record, '[["x", 1]]');
    const c = counting();
    expect(read(new ReadPagesCache(record), 1, c.parse)).toEqual(parsePage(page(1)));
    expect(c.parsed).toHaveLength(1);
  });
});
