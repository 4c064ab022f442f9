import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePage } from '../../src/publish/built-site.ts';
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

describe('the built pages kept between builds', () => {
  it('parses a page once; the next build reads the same facts without parsing it', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-pages-'));
    const file = join(dir, 'cache', 'built-pages.json');
    const first = counting();
    const cache = new ReadPagesCache(file);
    const facts = [1, 2].map((n) => cache.read(page(n), first.parse));
    cache.save();
    expect(first.parsed).toHaveLength(2);

    const next = counting();
    const again = new ReadPagesCache(file);
    expect(again.read(page(1), next.parse)).toEqual(facts[0]);
    expect(again.read(page(2), next.parse)).toEqual(facts[1]);
    expect(again.read(page(3), next.parse)).toEqual(parsePage(page(3)));
    expect(next.parsed).toEqual([page(3)]);
    expect(facts[0]!.duplicateIds).toEqual(['s1']);
    expect([...facts[0]!.headingIds]).toEqual(['s1']);
  });

  it('writes each string once, however many pages repeat it, and reads the same facts back', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-pages-'));
    const file = join(dir, 'built-pages.json');
    const cache = new ReadPagesCache(file);
    const facts = [1, 2, 3].map((n) => cache.read(page(n), parsePage));
    cache.save();
    const { strings } = JSON.parse(readFileSync(file, 'utf8')) as { strings: string[] };
    expect(strings.filter((s) => s === '/x/#y')).toHaveLength(1);
    expect(strings.filter((s) => s === 'source-paragraph')).toHaveLength(1);
    const again = new ReadPagesCache(file);
    expect([1, 2, 3].map((n) => again.read(page(n), () => expect.fail('parsed again')))).toEqual(facts);
  });

  it('keeps only the pages of the last build', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-pages-'));
    const file = join(dir, 'built-pages.json');
    const one = new ReadPagesCache(file);
    one.read(page(1), parsePage);
    one.read(page(2), parsePage);
    one.save();
    const two = new ReadPagesCache(file);
    two.read(page(2), parsePage);
    two.save();
    const three = counting();
    new ReadPagesCache(file).read(page(1), three.parse);
    expect(three.parsed).toHaveLength(1);
  });

  it('parses every page when the record is unreadable', () => {
    dir = mkdtempSync(join(tmpdir(), 'read-pages-'));
    const file = join(dir, 'built-pages.json');
    writeFileSync(file, '[["x", 1]]');
    const c = counting();
    expect(new ReadPagesCache(file).read(page(1), c.parse)).toEqual(parsePage(page(1)));
    expect(c.parsed).toHaveLength(1);
  });
});
