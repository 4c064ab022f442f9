import { afterEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/fixture.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageChecks } from '../../src/publish/check-pages.ts';
import { BuildStop } from '../../src/publish/build-stop.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
const home = page('<h1>Home</h1><a href="/articles/a/">A</a>');
const article = page('<h2 id="s1">One</h2><a href="#s1" data-anchor-link>#</a><a href="/">Home</a>');

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A written site in a temporary folder: path → HTML. */
function site(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'check-pages-'));
  const out = join(dir, 'dist');
  const contentDir = join(dir, 'content');
  mkdirSync(contentDir);
  writeFiles(out, files);
  return { out, base: '/', contentDir, cacheFile: join(dir, 'cache', 'built-pages.json') };
}

/** Writes `html` at `path` in the site with a fixed modification time, so a rewrite can keep its stamp. */
function rewrite(out: string, path: string, html: string) {
  writeFileSync(join(out, path), html);
  utimesSync(join(out, path), WHEN, WHEN);
}
const WHEN = new Date('2026-01-01T00:00:00Z');

/** Checks the site as a build does: its pages once they are written, then the rest. */
function check({ out, base, contentDir, cacheFile }: ReturnType<typeof site>) {
  const checks = new PageChecks(cacheFile);
  checks.pagesWritten({ out, base, contentDir });
  return checks.check({ out, base, contentDir });
}

describe('the site checks', () => {
  it('checks every page, records the published anchors and keeps what it read for the next build', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article });
    const report = await check(s);
    expect(report.pages).toBe(2);
    expect(report.info.join('\n')).toMatch(/recorded new published anchors/);
    expect(JSON.parse(readFileSync(join(s.contentDir, 'published-anchors.json'), 'utf8')).pages).toHaveProperty(
      '/articles/a/',
    );
    expect(existsSync(s.cacheFile)).toBe(true);
  });

  it('stops on a broken link, in a cold build and in a rebuild (the worker)', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': page('<a href="/nowhere/">x</a>') });
    // The article's file, where the editor wrote the link.
    mkdirSync(join(s.contentDir, 'articles'));
    writeFileSync(join(s.contentDir, 'articles/a.md'), '---\ntitle: A\n---\n\nSee [x](/nowhere/).\n');
    const report =
      /Broken links in the built site \(1\):\n {2}\/articles\/a\/: \/nowhere\/ .* \(written in .*articles\/a\.md:5\)/;
    const cold = await check(s).catch((e: unknown) => e);
    expect(cold).toBeInstanceOf(BuildStop);
    expect((cold as BuildStop).message).toMatch(report);
    expect(existsSync(s.cacheFile)).toBe(false);

    rewrite(s.out, 'articles/a/index.html', article);
    await expect(check(s)).resolves.toMatchObject({ pages: 2 });
    rewrite(s.out, 'articles/a/index.html', page('<a href="/nowhere/">x</a>'));
    const rebuilt = await check(s).catch((e: unknown) => e);
    expect(rebuilt).toBeInstanceOf(BuildStop);
    expect((rebuilt as BuildStop).message).toMatch(report);
  });

  it('takes a page whose file is the last build’s as it was, without reading it again', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article });
    await check(s);
    // The pages' stamps are kept in the record of what changed since the whole site's (read-pages-cache.ts).
    const stamps = s.cacheFile.replace(/\.json$/, '.recent.json');
    const cached = readFileSync(stamps, 'utf8');
    rewrite(s.out, 'articles/a/index.html', article);
    // In a rebuild the worker keeps what it read of the page rewritten, for the next build.
    await check(s);
    expect(readFileSync(stamps, 'utf8')).not.toBe(cached);
    // The same file, size and time, now broken: only a reading would tell.
    const broken = page('<a href="/nowher/">').padEnd(article.length, ' ');
    rewrite(s.out, 'articles/a/index.html', broken);
    await expect(check(s)).resolves.toMatchObject({ pages: 2 });
    // Written anew, as every step that writes a page does: read and stopped.
    rmSync(join(s.out, 'articles/a/index.html'));
    writeFileSync(join(s.out, 'articles/a/index.html'), broken);
    await expect(check(s)).rejects.toThrow(/\/articles\/a\/: \/nowher\//);
  });

  it('in a rebuild, stops on an unchanged page whose link lost its place on a page that changed', async () => {
    const s = site({ 'index.html': page('<a href="/articles/a/#s1">A</a>'), 'articles/a/index.html': article });
    await check(s);
    rmSync(join(s.out, 'articles/a/index.html'));
    writeFileSync(join(s.out, 'articles/a/index.html'), article.replaceAll('s1', 's2'));
    await expect(check(s)).rejects.toThrow(/ {2}\/: \/articles\/a\/#s1 points at #s1, which is not on articles\/a\//);
  });

  it('looks for the files pages link to once the build says every file is written', async () => {
    const s = site({ 'index.html': page('<link rel="sitemap" href="/sitemap-index.xml">'), 'a.html': article });
    for (const rebuild of [false, true]) {
      rmSync(join(s.out, 'sitemap-index.xml'), { force: true });
      const checks = new PageChecks(s.cacheFile);
      const written = { out: s.out, base: s.base, contentDir: s.contentDir };
      checks.pagesWritten(written);
      // Written after the pages, as the sitemap is: in a rebuild, once the worker has had time to check them.
      if (rebuild) await new Promise((done) => setTimeout(done, 300));
      writeFileSync(join(s.out, 'sitemap-index.xml'), '<sitemapindex/>');
      await expect(checks.check(written), rebuild ? 'rebuild' : 'cold').resolves.toMatchObject({ pages: 2 });
    }
  });

  it('checks the pages at the end when not told they were written (a build with no page to generate)', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article });
    for (const rebuild of [false, true]) {
      const report = await new PageChecks(s.cacheFile).check({ out: s.out, base: s.base, contentDir: s.contentDir });
      expect(report, rebuild ? 'rebuild' : 'cold').toMatchObject({ pages: 2, linksChecked: rebuild ? 0 : 2 });
    }
  });

  it("reports the worker's own failure as an error, not a check", async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article });
    await check(s);
    rmSync(s.out, { recursive: true });
    const failed = await check(s).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(BuildStop);
    expect((failed as Error).message).toMatch(/^the site checks failed: .*ENOENT/);
  });
});
