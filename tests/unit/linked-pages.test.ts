import { afterEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/fixture.ts';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOLDERS_ONLY, LinkedPages, incrementalFiles, pathOfFile } from '../../src/publish/linked-pages.ts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Astro's cache of the last build's pages, and an empty folder for the new site. */
function cacheAndSite(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'linked-pages-'));
  const cached = join(dir, 'cache', 'dist');
  writeFiles(cached, files);
  return { cached, site: join(dir, 'site') };
}

describe('pages linked from the cache into the new site', () => {
  it('names a file by the path of its page', () => {
    expect(pathOfFile('articles/x/index.html')).toBe('articles/x');
    expect(pathOfFile('index.html')).toBe('');
    expect(pathOfFile('404.html')).toBe('404');
    expect(pathOfFile('feed.xml')).toBe('feed.xml');
  });

  it('puts every cached page in place as the same file, without copying it', async () => {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'a', 'articles/b/index.html': 'b' });
    const linked = new LinkedPages(cached, site);
    linked.start();
    await linked.ready();
    expect(readFileSync(join(site, 'articles/b/index.html'), 'utf8')).toBe('b');
    const inode = (file: string) => statSync(file).ino;
    expect(inode(join(site, 'articles/a/index.html'))).toBe(inode(join(cached, 'articles/a/index.html')));
  });

  it('unlinks a page before it renders again, in the site and the cache, so no shared file is written', async () => {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'a', 'articles/b/index.html': 'b' });
    const published = join(dir, 'published.html');
    const linked = new LinkedPages(cached, site);
    linked.start();
    await linked.ready();
    // The published site holds the same file.
    linkSync(join(cached, 'articles/a/index.html'), published);
    linked.beforeRender('articles/a');
    expect(existsSync(join(site, 'articles/a/index.html'))).toBe(false);
    expect(existsSync(join(cached, 'articles/a/index.html'))).toBe(false);
    writeFileSync(join(site, 'articles/a/index.html'), 'a, rendered again');
    expect(readFileSync(published, 'utf8')).toBe('a');
    expect(existsSync(join(site, 'articles/b/index.html'))).toBe(true);
  });

  /** The cache with one page, and a site folder of an earlier site's `folders` marked as such by `mark`. */
  function earlierSite(folders: string[], mark: string) {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'a' });
    for (const folder of folders) mkdirSync(join(site, folder), { recursive: true });
    writeFileSync(join(site, FOLDERS_ONLY), mark);
    return { cached, site, folder: statSync(join(site, 'articles/a')).ino };
  }

  it("writes into an earlier site's folders, and removes those left empty once pages are generated", async () => {
    const { cached, site, folder } = earlierSite(['articles/a', 'articles/gone/deeper', 'og'], '');
    const linked = new LinkedPages(cached, site);
    linked.start();
    expect(existsSync(join(site, FOLDERS_ONLY))).toBe(false);
    await linked.ready();
    expect(statSync(join(site, 'articles/a')).ino).toBe(folder);
    writeFileSync(join(site, 'og', 'a.png'), 'png');
    linked.prune(new Set(['articles/a']));
    expect(readFileSync(join(site, 'articles/a/index.html'), 'utf8')).toBe('a');
    expect(existsSync(join(site, 'og', 'a.png'))).toBe(true);
    expect(existsSync(join(site, 'articles/gone'))).toBe(false);
  });

  it('takes the folders an earlier site holds from its mark, where the mark lists them', async () => {
    const listed = 'articles\narticles/a\narticles/gone\n';
    const { cached, site, folder } = earlierSite(['articles/a', 'articles/gone', 'unlisted'], listed);
    const linked = new LinkedPages(cached, site);
    linked.start();
    await linked.ready();
    expect(statSync(join(site, 'articles/a')).ino).toBe(folder);
    linked.prune(new Set(['articles/a']));
    expect(existsSync(join(site, 'articles/gone'))).toBe(false);
    // Not listed: not known as the earlier site's, so left where it is.
    expect(existsSync(join(site, 'unlisted'))).toBe(true);
  });

  it('links the copies Astro’s manifest lists, and lists the cache where the manifest cannot be read', async () => {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'a', 'articles/b/index.html': 'b' });
    const manifest = join(dir, 'cache', 'incremental-build.json');
    const route = (outputFile: string) => ({ cacheKey: 'k', outputFile });
    writeFileSync(
      manifest,
      JSON.stringify({
        version: 1,
        routes: { 'src/pages/a.astro': { paths: { '/articles/a/': route('articles/a/index.html') } } },
      }),
    );
    const linked = new LinkedPages(cached, site, manifest);
    linked.start();
    await linked.ready();
    expect(existsSync(join(site, 'articles/a/index.html'))).toBe(true);
    expect(existsSync(join(site, 'articles/b/index.html'))).toBe(false);

    writeFileSync(manifest, JSON.stringify({ version: 2, pages: [] }));
    const listed = new LinkedPages(cached, join(dir, 'other-site'), manifest);
    listed.start();
    await listed.ready();
    expect(existsSync(join(dir, 'other-site', 'articles/b/index.html'))).toBe(true);
  });

  it('reads from Astro’s manifest only the files inside its cache', () => {
    dir = mkdtempSync(join(tmpdir(), 'linked-pages-'));
    const manifest = join(dir, 'incremental-build.json');
    const paths = { '/a/': { outputFile: 'a/index.html' }, '/b/': { outputFile: '../b.html' }, '/c/': {} };
    writeFileSync(manifest, JSON.stringify({ version: 1, routes: { r: { paths }, s: {} } }));
    expect(incrementalFiles(manifest)).toEqual(['a/index.html']);
    expect(incrementalFiles(join(dir, 'missing.json'))).toBeUndefined();
  });

  it('empties a site folder without the mark of folders only, as Astro would', async () => {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'a' });
    mkdirSync(join(site, 'articles/old'), { recursive: true });
    writeFileSync(join(site, 'articles/old/index.html'), 'stale');
    const linked = new LinkedPages(cached, site);
    linked.start();
    await linked.ready();
    expect(existsSync(join(site, 'articles/old'))).toBe(false);
    expect(readFileSync(join(site, 'articles/a/index.html'), 'utf8')).toBe('a');
  });

  it('removes the linked pages this build does not generate, and only those', async () => {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'a', 'articles/gone/index.html': 'g' });
    const linked = new LinkedPages(cached, site);
    linked.start();
    await linked.ready();
    mkdirSync(join(site, 'other'), { recursive: true });
    writeFileSync(join(site, 'other/index.html'), 'written by the build');
    linked.prune(new Set(['articles/a', 'other']));
    expect(existsSync(join(site, 'articles/gone/index.html'))).toBe(false);
    expect(existsSync(join(cached, 'articles/gone/index.html'))).toBe(true);
    expect(existsSync(join(site, 'articles/a/index.html'))).toBe(true);
    expect(existsSync(join(site, 'other/index.html'))).toBe(true);
  });

  it('empties the site folder first, as Astro would, and links nothing when there is no cache', async () => {
    const { cached, site } = cacheAndSite({ 'articles/a/index.html': 'cached' });
    mkdirSync(join(site, 'old'), { recursive: true });
    writeFileSync(join(site, 'old/index.html'), 'a page of an earlier build');
    mkdirSync(join(site, '.git'));
    const linked = new LinkedPages(cached, site);
    linked.start();
    await linked.ready();
    expect(existsSync(join(site, 'old'))).toBe(false);
    expect(existsSync(join(site, '.git'))).toBe(true);
    expect(readFileSync(join(site, 'articles/a/index.html'), 'utf8')).toBe('cached');

    const none = new LinkedPages(join(dir, 'no-cache'), join(dir, 'fresh'));
    none.start();
    await none.ready();
    expect(existsSync(join(dir, 'fresh'))).toBe(false);
  });
  it('makes the cache’s copy of a rendered page the site’s file, unless the two differ', async () => {
    const { cached, site } = cacheAndSite({ 'a/index.html': 'a', 'b/index.html': 'b', 'c/index.html': 'c' });
    const linked = new LinkedPages(cached, site);
    // As Astro writes a page it rendered: to the site, and the same bytes to its cache.
    for (const [name, text] of [
      ['a', 'a2'],
      ['b', 'b2'],
      ['c', 'c2'],
    ])
      for (const folder of [site, cached]) {
        rmSync(join(folder, name, 'index.html'), { force: true });
        mkdirSync(join(folder, name), { recursive: true });
        writeFileSync(join(folder, name, 'index.html'), folder === cached && name === 'b' ? 'other' : text);
      }
    const inode = (file: string) => statSync(file).ino;
    const before = inode(join(cached, 'b/index.html'));
    linked.keep(['a/index.html', 'b/index.html', 'gone/index.html']);
    await linked.kept();
    expect(inode(join(cached, 'a/index.html'))).toBe(inode(join(site, 'a/index.html')));
    expect(readFileSync(join(cached, 'a/index.html'), 'utf8')).toBe('a2');
    // Another size: not the same page, left as it is.
    expect(inode(join(cached, 'b/index.html'))).toBe(before);
    expect(inode(join(cached, 'c/index.html'))).not.toBe(inode(join(site, 'c/index.html')));
  });
});
