/** Astro's cache copy of each page it renders, made a link to the site's file while pages generate. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkCachedCopies } from '../../src/publish/cached-copies.ts';

let dir = '';
let stop = () => {};
afterEach(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A site with one page, and an empty cache folder beside it. */
function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'cached-copies-'));
  const [site, cached] = [join(dir, 'site'), join(dir, 'cache', 'dist')];
  const page = '<h1>Page</h1>';
  mkdirSync(join(site, 'articles', 'a'), { recursive: true });
  mkdirSync(join(cached, 'articles', 'a'), { recursive: true });
  writeFileSync(join(site, 'articles', 'a', 'index.html'), page);
  return { site, cached, page };
}

const inode = (file: string) => statSync(file).ino;

describe('the cache copies of rendered pages', () => {
  it('are the site’s files themselves, whether Astro names the copy by URL or by path', async () => {
    const { site, cached, page } = setUp();
    stop = linkCachedCopies(cached, site);
    const copy = join(cached, 'articles', 'a', 'index.html');
    await fs.writeFile(pathToFileURL(copy), Buffer.from(page));
    expect(inode(copy)).toBe(inode(join(site, 'articles', 'a', 'index.html')));

    // A copy left from an earlier build is replaced.
    rmSync(copy);
    writeFileSync(copy, 'old');
    await fs.writeFile(copy, page);
    expect(inode(copy)).toBe(inode(join(site, 'articles', 'a', 'index.html')));
  });

  it('are written as asked when the site’s file differs in size or is missing', async () => {
    const { site, cached } = setUp();
    stop = linkCachedCopies(cached, site);
    const copy = join(cached, 'articles', 'a', 'index.html');
    await fs.writeFile(copy, '<h1>Another page</h1>');
    expect(readFileSync(copy, 'utf8')).toBe('<h1>Another page</h1>');
    expect(inode(copy)).not.toBe(inode(join(site, 'articles', 'a', 'index.html')));

    const orphan = join(cached, 'gone.html');
    await fs.writeFile(orphan, 'text');
    expect(readFileSync(orphan, 'utf8')).toBe('text');
  });

  it('leave every other write, and every write once stopped, as it was', async () => {
    const { site, cached, page } = setUp();
    stop = linkCachedCopies(cached, site);
    const elsewhere = join(dir, 'other.html');
    await fs.writeFile(elsewhere, page);
    expect(inode(elsewhere)).not.toBe(inode(join(site, 'articles', 'a', 'index.html')));

    stop();
    const copy = join(cached, 'articles', 'a', 'index.html');
    await fs.writeFile(copy, page);
    expect(inode(copy)).not.toBe(inode(join(site, 'articles', 'a', 'index.html')));
  });
});
