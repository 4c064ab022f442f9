/**
 * Incremental builds: after an edit, `npm run build` with the last build's
 * cache reuses the pages the edit does not touch, and the search index's parts
 * whose records it does not change, and publishes exactly the bytes a cold
 * build of the same content publishes. The small site's index is forced into
 * parts, as a big site's is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { listHtml } from '../../src/publish/built-site.ts';

const work = mkdtempSync(join(tmpdir(), 'explainer-incremental-'));
const content = copyFixture('mini-site');
const cache = join(work, 'cache');
const site = join(work, 'site');

/** Every file of a built site, by path, with its bytes. */
const filesOf = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [relative(dir, f), readFileSync(f)]),
  );
/** The same files, path for path and byte for byte. */
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  expect([...expected].filter(([path, bytes]) => !actual.get(path)!.equals(bytes)).map(([path]) => path)).toEqual([]);
}
/** Folders with nothing in them: a cold build leaves none. */
const emptyFolders = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .filter((folder) => readdirSync(folder).length === 0);

/** The folders of the site the last build replaced, once emptied of files in the background (recycle-site.ts). */
async function spareFolders(): Promise<string> {
  const spare = `${site}.spare`;
  for (let tries = 0; !existsSync(spare) && tries < 100; tries++) await new Promise((done) => setTimeout(done, 100));
  expect(existsSync(spare), 'the replaced site was not emptied into a spare').toBe(true);
  return spare;
}

/** Pages Astro took from the cache: "(restored)" or "(cached)" after the page in its log (lines may interleave). */
const reused = (build: BuildResult) =>
  [...build.output.matchAll(/\/(\S+\.html) \((?:restored|cached)\)/g)].map((m) => m[1]);

/** "in 4 parts, 3 unchanged since the last build" → 3. */
const partsReused = (build: BuildResult) => {
  const told = /for search in 4 parts(?:, (all|\d+) unchanged since the last build)?/.exec(build.output);
  expect(told, build.output).not.toBeNull();
  return told![1] === 'all' ? 4 : Number(told![1] ?? 0);
};

async function build(opts: Parameters<typeof buildSite>[0]) {
  const result = await buildSite({ ...opts, npmBuild: true, searchParts: 4 });
  expect(result.code, result.output).toBe(0);
  return result;
}

beforeAll(async () => {
  // A second article, so one edit leaves an article page the warm build can reuse.
  copyFileSync(join(content, 'articles/brief.md'), join(content, 'articles/second.md'));
  edit(content, 'articles/second.md', 'title: The brief', 'title: The second brief');
  await build({ contentDir: content, outDir: site, cacheDir: cache });
}, 300_000);

describe('a rebuild after editing one article', () => {
  let warm: BuildResult;
  let earlierFolder: bigint;
  beforeAll(async () => {
    // A build before, so that a site is replaced and its folders kept for the next.
    await build({ contentDir: content, outDir: site, cacheDir: cache });
    earlierFolder = statSync(join(await spareFolders(), 'articles/brief'), { bigint: true }).ino;
    edit(content, 'articles/second.md', 'attends, the report says', 'attends, as the report says');
    warm = await build({ contentDir: content, outDir: site, cacheDir: cache });
  }, 300_000);

  it('writes into the folders of the site replaced before, and leaves none of them empty', () => {
    expect(statSync(join(site, 'articles/brief'), { bigint: true }).ino).toBe(earlierFolder);
    expect(emptyFolders(site)).toEqual([]);
  });

  it('reuses the pages the edit does not touch, and renders the edited one', () => {
    expect(reused(warm)).toContain('articles/brief/index.html');
    expect(reused(warm)).not.toContain('articles/second/index.html');
    expect(readFileSync(join(site, 'articles/second/index.html'), 'utf8')).toContain('attends, as the report says');
  });

  it('indexes again only the search parts whose records changed, starting on them before pages render', () => {
    const reused = partsReused(warm);
    expect(warm.output).toContain('indexing 1 changed search part while pages render');
    // Given every record it was to get as the edited page rendered, the part was written before the last pages came.
    expect(warm.output).toContain('1 written before the last pages came');
    expect(reused).toBeGreaterThanOrEqual(1);
    expect(reused).toBeLessThan(4);
  });

  it('checks every page of the site, the files the build lists being those a walk of the site finds', () => {
    const checked = /checked (\d+) pages: every internal link and anchor resolves/.exec(warm.output);
    expect(checked, warm.output).not.toBeNull();
    expect(Number(checked![1])).toBe(listHtml(site).length);
  });

  it('publishes the same bytes as a cold build of the same content', async () => {
    const cold = join(work, 'cold');
    await build({ contentDir: content, outDir: cold, cacheDir: join(work, 'cold-cache') });
    expectSameFiles(filesOf(site), filesOf(cold));
  }, 300_000);
});

describe('a rebuild after renaming a glossary term', () => {
  it('renders again every article page that shows the term in its rail', async () => {
    edit(content, 'glossary/talks.md', 'term: talks', 'term: peace talks');
    const warm = await build({ contentDir: content, outDir: site, cacheDir: cache });
    expect(reused(warm)).not.toContain('articles/brief/index.html');
    for (const article of ['brief', 'second'])
      expect(readFileSync(join(site, `articles/${article}/index.html`), 'utf8')).toMatch(/>peace talks</);
  }, 300_000);
});

describe('a rebuild with nothing changed', () => {
  it('reuses every part of the search index', async () => {
    expect(partsReused(await build({ contentDir: content, outDir: site, cacheDir: cache }))).toBe(4);
  }, 300_000);
});

describe('a rebuild after the cached article bodies and search parts were deleted', () => {
  it('renders every entry afresh, indexes every part again and publishes what a cold build does', async () => {
    // The pages Astro would reuse go too: every article page is built again, from the content store.
    for (const part of ['bodies', 'incremental-build.json']) rmSync(join(cache, part), { recursive: true });
    // What the last build indexed stays known, but not its parts' files.
    const index = join(cache, 'search-index');
    for (const part of readdirSync(index)) if (part !== 'last.json') rmSync(join(index, part), { recursive: true });
    expect(partsReused(await build({ contentDir: content, outDir: site, cacheDir: cache }))).toBe(0);
    const cold = join(work, 'cold-2');
    await build({ contentDir: content, outDir: cold, cacheDir: join(work, 'cold-2-cache') });
    expectSameFiles(filesOf(site), filesOf(cold));
  }, 300_000);
});

describe('a rebuild, whose unchanged pages are the files of the cache and the published site', () => {
  it('leaves the published site as it was when it fails after writing its pages', async () => {
    const published = filesOf(site);
    // A heading renamed: the page renders again, and the dropped anchor stops the build once pages are written.
    edit(content, 'articles/second.md', '## Who is there?', '## Who attends?');
    const failed = await buildSite({
      contentDir: content,
      outDir: site,
      cacheDir: cache,
      npmBuild: true,
      searchParts: 4,
    });
    edit(content, 'articles/second.md', '## Who attends?', '## Who is there?');
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('who-is-there');
    expectSameFiles(filesOf(site), published);
  }, 300_000);

  it('drops the page of an article that is gone, and publishes what a cold build does', async () => {
    rmSync(join(content, 'articles/second.md'));
    const manifestFile = join(content, 'published-anchors.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.moved['/articles/second/'] = '/articles/brief/';
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    await build({ contentDir: content, outDir: site, cacheDir: cache });
    expect(emptyFolders(site)).toEqual([]);
    // What is there now is the page that forwards to where the article went.
    const forwarding = readFileSync(join(site, 'articles/second/index.html'), 'utf8');
    expect(forwarding).not.toContain('The second brief');
    expect(forwarding).toContain('/articles/brief/');
    const cold = join(work, 'cold-after-removal');
    await build({ contentDir: content, outDir: cold, cacheDir: join(work, 'cold-after-removal-cache') });
    expectSameFiles(filesOf(site), filesOf(cold));
  }, 300_000);
});

describe('a rebuild after an English heading changed, its translation unchanged', () => {
  it("gives the translation's heading the English id, as a cold build does", async () => {
    const editions = copyFixture('uk-edition');
    const editionsCache = join(work, 'editions-cache');
    const editionsSite = join(work, 'editions-site');
    await build({ contentDir: editions, outDir: editionsSite, cacheDir: editionsCache });
    edit(editions, 'articles/brief.md', '## Who is there?', '## Who attends?');
    // The old anchor, published by the first build, moves with it.
    const manifest = join(editions, 'published-anchors.json');
    const anchors = JSON.parse(readFileSync(manifest, 'utf8')) as { moved?: Record<string, string> };
    anchors.moved = {
      ...anchors.moved,
      '/articles/brief/#who-is-there': '/articles/brief/#who-attends',
      '/uk/articles/brief/#who-is-there': '/uk/articles/brief/#who-attends',
    };
    writeFileSync(manifest, JSON.stringify(anchors, null, 2));
    await build({ contentDir: editions, outDir: editionsSite, cacheDir: editionsCache });
    expect(readFileSync(join(editionsSite, 'uk/articles/brief/index.html'), 'utf8')).toContain('id="who-attends"');
    const cold = join(work, 'editions-cold');
    await build({ contentDir: editions, outDir: cold, cacheDir: join(work, 'editions-cold-cache') });
    expectSameFiles(filesOf(editionsSite), filesOf(cold));
  }, 300_000);
});
