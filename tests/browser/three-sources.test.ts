/**
 * A site with three sources (tests/fixtures/three-sources) in Chromium, on a phone (390 px) and a desktop
 * (1280 px): the comparison sets three columns side by side on the desktop and lists them on the phone, nothing
 * overflows, and search offers each source as a filter. Screenshots of /compare/ go to
 * <test output>/screenshots/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite } from '../helpers/serve.ts';

const SHOTS = join(process.env.EXPLAINER_TEST_OUT ?? 'tests/output', 'screenshots');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const SOURCES = ['A fixture report', 'Ministry statement', 'Wire report'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const site = await buildSite({ contentDir: copyFixture('three-sources') });
  if (site.code !== 0) throw new Error(`the three-source fixture failed to build\n${site.output}`);
  server = await serveSite(site.outDir);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(Object.entries(VIEWPORTS))('/compare/ with three sources on a %s', (device, viewport) => {
  it('shows every source’s cell in every row, in columns on the desktop and a list on the phone', async () => {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(`${server.url}compare/`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const rows = await page.locator('section.row').count();
    expect(rows).toBe(3);
    for (let i = 0; i < rows; i++) {
      const cells = await boxes(page, `section.row >> nth=${i} >> .cell`);
      expect(await page.locator(`section.row >> nth=${i} >> .cell dt`).allTextContents()).toEqual(SOURCES);
      expect(cells).toHaveLength(3);
      for (let j = 1; j < 3; j++) {
        const [a, b] = [cells[j - 1]!, cells[j]!];
        if (device === 'desktop') {
          expect(Math.abs(a.y - b.y)).toBeLessThan(1); // side by side
          expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
          expect(b.width).toBeGreaterThan(240); // room for a readable line
        } else {
          expect(b.y).toBeGreaterThanOrEqual(a.y + a.height); // one under the other
          expect(Math.abs(a.x - b.x)).toBeLessThan(1);
        }
      }
    }
    await page.screenshot({ path: join(SHOTS, `compare-three-sources-${viewport.width}.png`), fullPage: true });
    await page.close();
  });

  it('draws each source on the timeline’s line without overflow', async () => {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(`${server.url}timeline/`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('ol.strip.full .srcs a').count()).toBe(3);
    for (const link of await page.locator('ol.strip.full .srcs a').all()) expect(await link.isVisible()).toBe(true);
    await page.close();
  });
});

describe('search with three sources', () => {
  it('offers each source as a filter, with counts, and narrows the results to it', async () => {
    // Tall enough for every result at once: results render as they come into view.
    const page = await browser.newPage({ viewport: { width: 1280, height: 3000 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}search/?q=london`);
    const legend = page.locator('fieldset legend', { hasText: 'Filter by source' });
    await expect.poll(() => legend.count(), { timeout: 10_000 }).toBe(1);
    const options = legend.locator('xpath=..').locator('label');
    expect((await options.allTextContents()).map((t) => t.replace(/\s*\(\d+\)$/, '').trim()).sort()).toEqual(SOURCES);
    const links = () =>
      page
        .locator('#search-results a.result-link')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    await expect.poll(links).toContain('/glossary/');
    await page.getByLabel(/^Wire report \(\d+\)$/).check();
    await expect.poll(() => page.url()).toContain('source=Wire+report');
    // The glossary term cites only the report, so it goes; the wire's own sentence stays.
    await expect.poll(links).not.toContain('/glossary/');
    const after = await links();
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((p) => p.startsWith('/sources/'))).toEqual(['/sources/wire/']);
    await page.close();
  });
});
