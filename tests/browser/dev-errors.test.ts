/**
 * `npm run dev` with a content mistake: the page shows Astro's error overlay with the file, line, problem and
 * fix instead of an empty article, and shows the article again once the file is fixed, however quickly.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

beforeAll(async () => {
  dir = copyFixture('mini-site');
  // Its own loopback address and a port unlikely to be taken (Astro moves on to the next one if it is).
  const port = String(41000 + (process.pid % 2000));
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', port], {
    cwd: ROOT,
    // As an editor runs it: not in the test runner's NODE_ENV=test, nor with its VITEST variables.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
      NODE_ENV: 'development',
      EXPLAINER_CONTENT_DIR: dir,
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
    onTestFailed(() => console.error(`the dev server printed:\n${output.slice(-6000)}`));

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
