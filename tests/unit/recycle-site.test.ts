/** Folders for the next build, made in the background once a site is published (scripts/recycle-site.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOLDERS_ONLY } from '../../src/publish/linked-pages.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function replacedSite() {
  dir = mkdtempSync(join(tmpdir(), 'recycle-site-'));
  const site = join(dir, 'dist.old-1');
  for (const file of ['index.html', 'articles/a/index.html', 'og/a.png', 'pagefind/part-1/index/x.pf_index']) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), 'bytes');
  }
  return { site, spare: join(dir, 'dist.spare') };
}

const recycle = (...args: string[]) =>
  spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/recycle-site.ts'), ...args]);

/** The site's folders, as the mark lists them. */
const FOLDERS = ['articles', 'articles/a', 'og', 'pagefind', 'pagefind/part-1', 'pagefind/part-1/index'];
const marked = (spare: string) => readFileSync(join(spare, FOLDERS_ONLY), 'utf8').split('\n').filter(Boolean).sort();

const contents = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true }).map((e) => `${e.name}${e.isDirectory() ? '/' : ''}`);

describe('recycle-site', () => {
  it('keeps the folders, deletes every file, and marks what is left as folders only, listing them', () => {
    const { site, spare } = replacedSite();
    expect(recycle(site, spare).status).toBe(0);
    expect(existsSync(site)).toBe(false);
    expect(contents(spare).sort()).toEqual(
      [FOLDERS_ONLY, 'a/', 'articles/', 'index/', 'og/', 'pagefind/', 'part-1/'].sort(),
    );
    expect(marked(spare)).toEqual(FOLDERS);
  });

  it('makes a spare with the folders of a site that stays published, leaving the site as it was', () => {
    const { site, spare } = replacedSite();
    const before = contents(site).sort();
    expect(recycle('--folders-of', site, spare).status).toBe(0);
    expect(contents(site).sort()).toEqual(before);
    expect(contents(spare).sort()).toEqual(
      [FOLDERS_ONLY, 'a/', 'articles/', 'index/', 'og/', 'pagefind/', 'part-1/'].sort(),
    );
    expect(marked(spare)).toEqual(FOLDERS);
    expect(readdirSync(dir).sort()).toEqual(['dist.old-1', 'dist.spare']);
  });

  it('deletes the site where a spare is there already', () => {
    const { site, spare } = replacedSite();
    mkdirSync(spare);
    expect(recycle(site, spare).status).toBe(0);
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(spare)).toEqual([]);
  });
});
