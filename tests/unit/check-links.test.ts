import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePage, type PageIds } from '../../src/publish/built-site.ts';
import { BuiltLinks, type CheckedLinks } from '../../src/publish/check-links.ts';
import type { LinkTargets } from '../../src/publish/link-check.ts';
import { BuildStop } from '../../src/publish/build-stop.ts';

let dir = '';
/** No content folder: no link is found written in one. */
const NO_CONTENT = '/nonexistent-content';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A written site's folder holding `files`. */
function siteWith(...files: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  for (const file of files) writeFileSync(join(dir, file), '');
  return dir;
}

/** What the last build's checks kept: the pages as they were, and where each one's links went. */
function lastBuild(same: string[], targets: Record<string, LinkTargets>) {
  const checked = new Map<string, LinkTargets>();
  const known: CheckedLinks = {
    sameAsLastBuild: (key) => same.includes(key),
    lastTargets: (key) => (same.includes(key) ? targets[key] : undefined),
    recordTargets: (key, t) => void checked.set(key, t),
  };
  return { known, checked };
}

/** A page whose links must not be read: its check is left to the last build's. */
const unread = (page: PageIds): PageIds => ({
  ...page,
  get links(): PageIds['links'] {
    throw new Error('read the links of a page the last build checked');
  },
});

const stop = (run: () => void): string => {
  try {
    run();
  } catch (e) {
    if (e instanceof BuildStop) return e.message;
    throw e;
  }
  return '';
};

describe('the links of a rebuilt site', () => {
  const home = parsePage('<a href="/a/#s1">A</a><a href="/b/">B</a><link href="/style.css">');

  it('checks again only the pages that changed, and those linking to one that did', () => {
    const a = parsePage('<h2 id="s2">Renamed</h2><a href="/">Home</a>');
    const b = parsePage('<a href="/">Home</a><link href="/style.css">');
    const pages = new Map([
      ['', home],
      ['a/', a],
      ['b/', unread(b)],
    ]);
    const { known, checked } = lastBuild(['', 'b/'], {
      '': { pages: [['a/', 's1'], ['b/']], files: ['style.css'] },
      'b/': { pages: [['']], files: ['style.css'] },
    });
    const links = new BuiltLinks(pages, '/', known);
    // The home page is as it was, but links to a page that changed: its links are read again.
    expect([...checked.keys()]).toEqual(['', 'a/']);
    expect(checked.get('')).toEqual({ pages: [['a/', 's1'], ['b/']], files: ['style.css'] });
    expect(links.checkedPages).toBe(2);
    const report = stop(() => links.checkFiles(siteWith('style.css'), NO_CONTENT));
    expect(report).toMatch(
      /Broken links in the built site \(1\):\n {2}\/: \/a\/#s1 points at #s1, which is not on a\//,
    );
  });

  it('leaves a page as it was when the pages it links to changed but still have what its links point at', () => {
    const pages = new Map([
      ['', parsePage('<h2 id="latest">Latest</h2><a href="/a/">A</a><p>New today</p>')],
      ['a/', unread(parsePage('<a href="/">Home</a><a href="/#latest">Latest</a>'))],
    ]);
    const { known, checked } = lastBuild(['a/'], {
      'a/': { pages: [['', 'latest']], files: [] },
    });
    const links = new BuiltLinks(pages, '/', known);
    expect([...checked.keys()]).toEqual(['']);
    expect(() => links.checkFiles(siteWith(), NO_CONTENT)).not.toThrow();
    // The home page without the id the page points at: its links are read again.
    pages.set('', parsePage('<a href="/a/">A</a>'));
    pages.set('a/', parsePage('<a href="/">Home</a><a href="/#latest">Latest</a>'));
    const again = new BuiltLinks(pages, '/', lastBuild(['a/'], { 'a/': { pages: [['', 'latest']], files: [] } }).known);
    expect(stop(() => again.checkFiles(siteWith(), NO_CONTENT))).toMatch(/\/a\/: \/#latest points at #latest/);
  });

  it('checks a page again when a page it links to is gone', () => {
    const pages = new Map([['', home]]);
    const { known, checked } = lastBuild([''], { '': { pages: [['a/', 's1'], ['b/']], files: ['style.css'] } });
    const links = new BuiltLinks(pages, '/', known);
    expect([...checked.keys()]).toEqual(['']);
    expect(stop(() => links.checkFiles(siteWith('style.css'), NO_CONTENT))).toMatch(
      /\(2\):\n {2}\/: \/a\/#s1 .*\n {2}\/: \/b\//,
    );
  });

  it('reads a page the last build checked when a file it links to is missing, to name the link', () => {
    const b = parsePage('<a href="/">Home</a><link href="/style.css">');
    const pages = new Map([
      ['', parsePage('<a href="/b/">B</a>')],
      ['b/', b],
    ]);
    const { known, checked } = lastBuild(['', 'b/'], {
      '': { pages: [['b/']], files: [] },
      'b/': { pages: [['']], files: ['style.css'] },
    });
    const links = new BuiltLinks(pages, '/', known);
    expect(checked.size).toBe(0);
    expect(() => links.checkFiles(siteWith('style.css'), NO_CONTENT)).not.toThrow();
    expect(stop(() => links.checkFiles(siteWith(), NO_CONTENT))).toMatch(
      /\(1\):\n {2}\/b\/: \/style\.css points at a page or file that does not exist/,
    );
  });

  it('checks every page when nothing is kept from a last build', () => {
    const pages = new Map([
      ['', home],
      ['a/', parsePage('<h2 id="s1">One</h2>')],
      ['b/', parsePage('')],
    ]);
    const links = new BuiltLinks(pages, '/');
    expect(links.checkedPages).toBe(3);
    expect(() => links.checkFiles(siteWith('style.css'), NO_CONTENT)).not.toThrow();
  });
});
