import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  return { out, base: '/', contentDir, cacheFile: join(dir, 'cache', 'built-pages.json') };
}

describe('the site checks', () => {
  it('checks the pages it was handed and reads the others from disk', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article });
    const checks = new PageChecks(s.cacheFile);
    checks.page('articles/a/', article);
    const report = await checks.check(s);
    expect(report.pages).toBe(2);
    expect(report.info.join('\n')).toMatch(/recorded new published anchors/);
    expect(JSON.parse(readFileSync(join(s.contentDir, 'published-anchors.json'), 'utf8')).pages).toHaveProperty(
      '/articles/a/',
    );
    expect(existsSync(s.cacheFile)).toBe(true);
  });

  it('takes a handed page as generated, without reading it again', async () => {
    // On disk the page links nowhere; the HTML handed over (what Astro wrote) is sound.
    const s = site({ 'index.html': home, 'articles/a/index.html': page('<a href="/nowhere/">x</a>') });
    const checks = new PageChecks(s.cacheFile);
    checks.page('articles/a/', article);
    await expect(checks.check(s)).resolves.toMatchObject({ pages: 2 });
  });

  it('with no page handed over (a cold build), reads every page from disk and stops on a broken link', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': page('<a href="/nowhere/">x</a>') });
    const failed = await new PageChecks(s.cacheFile).check(s).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(BuildStop);
    expect((failed as BuildStop).message).toMatch(
      /Broken links in the built site \(1\):\n {2}\/articles\/a\/: \/nowhere\//,
    );
    const sound = site({ 'index.html': home, 'articles/a/index.html': article });
    await expect(new PageChecks(sound.cacheFile).check(sound)).resolves.toMatchObject({ pages: 2 });
  });

  it('stops on a broken link in a handed page, with the report from the worker', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article });
    const checks = new PageChecks(s.cacheFile);
    checks.page('', page('<a href="/nowhere/">x</a>'));
    const failed = await checks.check(s).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(BuildStop);
    expect((failed as BuildStop).message).toMatch(/Broken links in the built site \(1\):\n {2}\/: \/nowhere\//);
  });

  it('leaves out a page handed over under a path the site no longer has', async () => {
    const s = site({ 'index.html': home, 'articles/a/index.html': article, 'uk/404.html': page('<p>404</p>') });
    const checks = new PageChecks(s.cacheFile);
    checks.page('uk/404/', page('<a href="/gone/">x</a>'));
    await expect(checks.check(s)).resolves.toMatchObject({ pages: 3 });
  });

  it("reports the worker's own failure as an error, not a check", async () => {
    const s = site({ 'articles/a/index.html': article });
    rmSync(s.out, { recursive: true });
    const checks = new PageChecks(s.cacheFile);
    checks.page('articles/a/', article);
    const failed = await checks.check(s).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(BuildStop);
    expect((failed as Error).message).toMatch(/^the site checks failed: .*ENOENT/);
  });
});
