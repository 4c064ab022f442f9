/**
 * The source comparison, the drawn timeline and the map of the talks in
 * Chromium, on a phone (390 px) and a desktop (1280 px): nothing overflows
 * sideways, the layout is the one meant for the width (a list on the phone,
 * a matrix, a horizontal line and a side-by-side map on the desktop), nothing
 * overlaps, axe finds nothing in either colour scheme, print shows the
 * drawings and the lists, and it all works with JavaScript off. Screenshots
 * go to <test output>/screenshots/ for a person to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { axeViolations } from '../helpers/axe.ts';

const SHOTS = join(process.env.EXPLAINER_TEST_OUT ?? 'tests/output', 'screenshots');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const PAGES = { compare: 'compare/', timeline: 'timeline/', talks: 'talks/' } as const;

const site = useSiteInBrowser();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.browser.newPage({ reducedMotion: 'reduce', ...options });
  await page.goto(site.server.url + path);
  return page;
}

/** How far the page scrolls sideways (0 when nothing overflows). */
const overflow = (page: Page) =>
  page.evaluate(
    () =>
      Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth,
  );

type Box = { x: number; y: number; width: number; height: number };
const boxes = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().toJSON() as Box).filter((b) => b.width > 0 && b.height > 0),
    );
const intersect = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe.each(Object.entries(VIEWPORTS))('on a %s', (device, viewport) => {
  it.concurrent.for(Object.entries(PAGES))(
    '%s: no sideways overflow; screenshots saved (light and dark)',
    async ([name, path], { expect }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(path, { viewport, colorScheme });
        expect(await overflow(page), `${path} ${colorScheme}`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: join(SHOTS, `${name}-${viewport.width}${colorScheme === 'dark' ? '-dark' : ''}.png`),
          fullPage: true,
        });
        if (name === 'talks')
          await page.locator('figure.map').screenshot({
            path: join(SHOTS, `talks-map-${viewport.width}${colorScheme === 'dark' ? '-dark' : ''}.png`),
          });
        await page.close();
      }
    },
  );

  it('compare: a matrix on the desktop, a list on the phone', async () => {
    const page = await open(PAGES.compare, { viewport });
    const rows = await page.locator('section.row').count();
    expect(rows).toBeGreaterThan(5);
    for (let i = 0; i < rows; i++) {
      const [a, b] = await boxes(page, `section.row >> nth=${i} >> .cell`);
      expect(a && b).toBeTruthy();
      if (device === 'desktop') {
        expect(Math.abs(a!.y - b!.y)).toBeLessThan(1); // side by side
        expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width);
      } else {
        expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height); // one under the other
        expect(Math.abs(a!.x - b!.x)).toBeLessThan(1);
      }
      // Each cell names its source where it stands, on any width.
      expect(await page.locator(`section.row >> nth=${i} >> .cell dt`).first().isVisible()).toBe(true);
    }
    await page.close();
  });

  it('timeline: events on one line, in order, with no two labels overlapping', async () => {
    const page = await open(PAGES.timeline, { viewport });
    const marks = await boxes(page, 'ol.strip.full .mark');
    expect(marks.length).toBe(await page.locator('ol.entries.timeline > li.entry').count());
    const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
    for (let i = 1; i < marks.length; i++) {
      const [p, q] = [centre(marks[i - 1]!), centre(marks[i]!)];
      if (device === 'desktop') {
        expect(Math.abs(q.y - p.y)).toBeLessThan(1); // a horizontal line
        expect(q.x).toBeGreaterThan(p.x);
      } else {
        expect(Math.abs(q.x - p.x)).toBeLessThan(1); // a vertical line
        expect(q.y).toBeGreaterThan(p.y);
      }
    }
    const labels = await boxes(page, 'ol.strip.full .ev-label');
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(intersect(a, b), JSON.stringify([a, b])).toBe(false);
    // Marks never cover a label.
    for (const m of marks) for (const l of labels) expect(intersect(m, l)).toBe(false);
    await page.close();
  });

  it('talks: the layout meant for the width, every label inside its box', async () => {
    const page = await open(PAGES.talks, { viewport });
    const shown = await page
      .locator('svg.talks-map')
      .evaluateAll((svgs) =>
        svgs.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('data-layout')),
      );
    expect(shown).toEqual([device === 'desktop' ? 'wide' : 'narrow']);
    const svg = page.locator(`svg.talks-map[data-layout="${shown[0]}"]`);
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // The text of each node fits inside its drawn box (measured, not estimated).
    const outside = await svg.evaluate((s) =>
      [...s.querySelectorAll('a.node')].flatMap((a) => {
        const r = (a.querySelector('rect') as SVGRectElement).getBBox();
        return [...a.querySelectorAll('tspan')]
          .map((t) => ({ t: t.textContent, b: (t as SVGTSpanElement).getBBox() }))
          .filter(({ b }) => b.x < r.x || b.y < r.y || b.x + b.width > r.x + r.width || b.y + b.height > r.y + r.height)
          .map(({ t }) => t);
      }),
    );
    expect(outside).toEqual([]);
    // Readable: the names are drawn at a size a person can read on this screen.
    const scale = box.width / Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
    expect(14 * scale).toBeGreaterThanOrEqual(12);
    await page.close();
  });
});

describe('for every reader', () => {
  it.concurrent.for([...Object.entries(PAGES), ['an article rail', 'articles/the-diplomatic-tracks/']])(
    '%s: axe finds no violations, light or dark, phone or desktop',
    async ([, path], { expect }) => {
      for (const viewport of Object.values(VIEWPORTS)) {
        // bypassCSP: axe is injected as a script, which the site's own policy rightly refuses.
        const page = await open(path!, { viewport, colorScheme: 'light', bypassCSP: true });
        expect(await axeViolations(page), `${path} ${viewport.width}px light`).toEqual([]);
        // The page's colours follow the system's scheme as it changes (global.css); the background shows it did.
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const light = await background();
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await background()).not.toBe(light);
        expect(await axeViolations(page), `${path} ${viewport.width}px dark`).toEqual([]);
        await page.close();
      }
    },
  );

  it('the drawings are kept out of the tab order, and every link in them is also in the page text', async () => {
    const page = await open(PAGES.talks, { viewport: VIEWPORTS.desktop });
    const tabbable = await page
      .locator('svg.talks-map a')
      .evaluateAll((as) => as.filter((a) => (a as HTMLElement).tabIndex >= 0).length);
    expect(tabbable).toBe(0);
    const text = new Set(await page.locator('.tracks a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    for (const href of await page.locator('svg.talks-map a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(text.has(href)).toBe(true);
    // A click on a node still follows its link.
    await page.locator('svg.talks-map[data-layout="wide"] a.person').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/people/');
    await page.close();
  });

  it.concurrent.for(Object.entries(PAGES))(
    '%s: prints the drawing and its list, without the site chrome, within the page width',
    async ([name, path], { expect }) => {
      const page = await open(path, { viewport: { width: 794, height: 1123 } });
      await page.emulateMedia({ media: 'print' });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      if (name === 'timeline') {
        expect(await page.locator('ol.strip.full').isVisible()).toBe(true);
        expect(await page.locator('ol.entries.timeline').isVisible()).toBe(true);
      }
      if (name === 'talks') {
        expect(await page.locator('svg.talks-map[data-layout="wide"]').isVisible()).toBe(true);
        expect(await page.locator('.tracks').isVisible()).toBe(true);
      }
      if (name === 'compare') expect(await page.locator('section.row .cell').first().isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, `${name}-print.png`), fullPage: true });
      await page.close();
    },
  );

  it.concurrent.for(Object.entries(PAGES))(
    '%s: works with JavaScript off, and runs none of its own',
    async ([, path], { expect }) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
      const page = await context.newPage();
      await page.goto(site.server.url + path);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      await context.close();
      // With JavaScript on, the only scripts are the site-wide ones every page loads.
      const on = await open(path, { viewport: VIEWPORTS.desktop });
      const reference = await open('glossary/', { viewport: VIEWPORTS.desktop });
      const scripts = (p: Page) =>
        p.locator('script').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src || s.textContent));
      expect(await scripts(on)).toEqual(await scripts(reference));
      await on.close();
      await reference.close();
    },
  );
});
