/**
 * `npm run dev` with a content mistake: the page shows Astro's error overlay with the file, line, problem and
 * fix instead of an empty article, and shows the article again once the file is fixed, however quickly. And an
 * editor's other changes, to a content folder outside the project as in these tests: each page follows.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { launchBrowser } from '../helpers/browser.ts';

let dir: string;
let dev: ChildProcess;
let url: string;
let browser: Browser;
/** What the dev server has printed, shown when the test fails. */
let output = '';
const showServerOutputIfFailed = () =>
  onTestFailed(() => console.error(`the dev server printed:\n${output.slice(-6000)}`));

beforeAll(async () => {
  dir = copyFixture('mini-site');
  // Its own loopback address and a port unlikely to be taken (Astro moves on to the next one if it is).
  const port = String(41000 + (process.pid % 2000));
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  // Beside an editor's own dev server of this project, if one runs: Astro refuses a second one without
  // --ignore-lock. Its cache folder is its own; its content store in `.astro/` is shared (src/build/dev-watch.ts).
  const args = [astro, 'dev', '--host', '127.0.0.1', '--port', port, '--ignore-lock'];
  dev = spawn(process.execPath, args, {
    cwd: ROOT,
    // As an editor runs it: not in the test runner's NODE_ENV=test, nor with its VITEST variables.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
      NODE_ENV: 'development',
      EXPLAINER_CONTENT_DIR: dir,
      EXPLAINER_CACHE_DIR: `${dir}.cache`,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  url = await new Promise<string>((found, fail) => {
    const timer = setTimeout(() => fail(new Error(`the dev server did not start:\n${output}`)), 120_000);
    const read = (d: Buffer) => {
      output += d;
      const m = /Local\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (m) {
        clearTimeout(timer);
        found(m[1]!);
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

describe('a content mistake on the dev server', () => {
  it('shows the overlay with file, line and fix, and the article again once fixed, however quickly', async () => {
    const file = join(dir, 'articles/brief.md');
    const good = readFileSync(file, 'utf8');
    const page = await browser.newPage();
    showServerOutputIfFailed();

    // The server answers before content has synced: wait for the article. A read cut short by a reload (see
    // below) counts as not there yet.
    const articleShown = () =>
      page
        .goto(`${url}/articles/brief/`)
        .then((res) => (res?.status() === 200 ? page.locator('article a.cite-link').count() : 0))
        .catch(() => 0);
    await expect.poll(articleShown, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0);

    writeFileSync(file, good.replace('[@report#s2]', '[@report#s99]'));
    // The overlay's words, read where it is drawn. The dev server may reload the page while content syncs (more
    // likely on a busy machine): a read cut short by a reload counts as no overlay yet, and is tried again.
    const overlayText = async () => {
      await page.goto(`${url}/articles/brief/`);
      const overlay = page.locator('vite-error-overlay');
      // Vite's client draws the overlay a moment after the error page loads.
      await overlay.waitFor({ state: 'attached', timeout: 5000 });
      return (await overlay.evaluate((el) => el.shadowRoot?.textContent ?? el.textContent ?? '')).replace(/\s+/g, ' ');
    };
    let text = '';
    await expect
      .poll(async () => (text = await overlayText().catch(() => '')), { timeout: 30_000, interval: 1000 })
      .toContain('points at sentence s99');
    expect(text).toContain('points at sentence s99');
    expect(text).toContain('brief.md:11');
    expect(text).toContain('check the sentence number');

    writeFileSync(file, good);
    await expect.poll(articleShown, { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page
          .locator('vite-error-overlay')
          .count()
          .catch(() => -1),
      )
      .toBe(0);

    // Saved twice within 50 ms, of which the dev server's file watcher passes on the first save only: the page
    // ends as the file was last saved.
    writeFileSync(file, good.replace('[@report#s2]', '[@report#s99]'));
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(file, good);
    await new Promise((done) => setTimeout(done, 1000));
    await expect.poll(articleShown, { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});

describe("an editor's changes on the dev server", () => {
  /** The page at `path` once its HTML passes `test` (polled: the server takes a moment to sync). */
  const pageOnceItShows = (path: string, test: (status: number, html: string) => boolean) =>
    expect
      .poll(
        () =>
          fetch(`${url}${path}`)
            .then(async (res) => test(res.status, await res.text()))
            .catch(() => false),
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);

  it('shows an edited source text, a new source and the article citing it', async () => {
    showServerOutputIfFailed();
    const text = join(dir, 'sources/report.txt');
    writeFileSync(text, readFileSync(text, 'utf8').replace('First sentence', 'Opening sentence'));
    await pageOnceItShows('/sources/report/', (status, html) => status === 200 && html.includes('Opening sentence'));

    writeFileSync(join(dir, 'sources/memo.txt'), 'The memo is short. It names no place.\n');
    writeFileSync(
      join(dir, 'sources/memo.yaml'),
      'title: A fixture memo\noutlet: Not named\nattribution: A second text for tests.\nlanguage: en\n',
    );
    await pageOnceItShows('/sources/memo/', (status, html) => status === 200 && html.includes('The memo is short'));
    const brief = join(dir, 'articles/brief.md');
    writeFileSync(brief, readFileSync(brief, 'utf8').replace('[@report#s2]', '[@report#s2; @memo#s2]'));
    await pageOnceItShows('/articles/brief/', (status, html) => status === 200 && html.includes('/sources/memo/#s2'));
  }, 120_000);

  it('serves a new article, moves it when the file is renamed, and lists it on the home page', async () => {
    showServerOutputIfFailed();
    const brief = readFileSync(join(dir, 'articles/brief.md'), 'utf8');
    writeFileSync(
      join(dir, 'articles/second.md'),
      brief.replace('title: The brief', 'title: A second piece').replace('order: 1', 'order: 2'),
    );
    await pageOnceItShows('/articles/second/', (status, html) => status === 200 && html.includes('A second piece'));
    await pageOnceItShows('/', (status, html) => status === 200 && html.includes('A second piece'));
    renameSync(join(dir, 'articles/second.md'), join(dir, 'articles/third.md'));
    await pageOnceItShows('/articles/third/', (status, html) => status === 200 && html.includes('A second piece'));
    await pageOnceItShows('/articles/second/', (status) => status === 404);
  }, 120_000);
});
