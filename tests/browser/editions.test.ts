/**
 * The two editions in Chromium (tests/fixtures/uk-edition, every file translated): the language switch
 * opens the counterpart page at the section being read (by the address's #fragment or by scrolling), with
 * the keyboard too, and at the page top without JavaScript; nothing scrolls sideways on a phone.
 * Screenshots of the Ukrainian home page and article at 390 px go to <test output>/screenshots/ for a
 * person to look at. axe checks every Ukrainian page of the real site in accessibility.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite } from '../helpers/serve.ts';

const SHOTS = join(process.env.EXPLAINER_TEST_OUT ?? 'tests/output', 'screenshots');
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let out: string;

beforeAll(async () => {
  const site = await buildSite({ contentDir: copyFixture('uk-edition') });
  if (site.code !== 0) throw new Error(`the uk-edition fixture failed to build\n${site.output}`);
  out = site.outDir;
  server = await serveSite(out);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const path = (page: Page) => {
  const u = new URL(page.url());
  return u.pathname + u.hash;
};
/** Where an element's top is, relative to the bottom of the header (0: just under it). */
const topUnderHeader = (page: Page, id: string) =>
  page.evaluate((id) => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const bottom = getComputedStyle(document.querySelector('.site-header')!).position === 'sticky' ? header.bottom : 0;
    return document.getElementById(id)!.getBoundingClientRect().top - bottom;
  }, id);

/**
 * Clicks the switch where it is drawn, as a reader's mouse does (Playwright's own click first scrolls
 * the sticky header "into view", which takes the page back to its top).
 */
async function clickSwitch(page: Page) {
  const box = (await page.locator('a[data-lang-switch]').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('the language switch', () => {
  it('opens the Ukrainian article at the section the English address names, and back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}articles/brief/#what-happens-next`);
    expect(await page.locator('a[data-lang-switch]').getAttribute('hreflang')).toBe('uk');
    await Promise.all([page.waitForURL(/\/uk\//), clickSwitch(page)]);
    expect(path(page)).toBe('/uk/articles/brief/#what-happens-next');
    expect(await page.locator('#what-happens-next').textContent()).toBe('Що буде далі?');
    // The last section of a short page: the page scrolls as far as it can, with the section on screen.
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('what-happens-next');
    expect(await topUnderHeader(page, 'what-happens-next')).toBeGreaterThanOrEqual(0);
    expect(await topUnderHeader(page, 'what-happens-next')).toBeLessThan(800 - 57 - 40);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/uk/')), clickSwitch(page)]);
    expect(path(page)).toBe('/articles/brief/#what-happens-next');
    await page.close();
  });

  it('follows the section scrolled to, and works from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 500 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}uk/articles/brief/`);
    // Read down to the second section with the mouse wheel, without any #fragment in the address.
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, await topUnderHeader(page, 'who-is-there'));
    await expect.poll(() => topUnderHeader(page, 'who-is-there')).toBeLessThan(10);
    expect(new URL(page.url()).hash).toBe('');
    // Tab from the top of the page: the skip link, the site title, then the switch.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('en');
    await Promise.all([page.waitForURL(/\/articles\/brief\/#/), page.keyboard.press('Enter')]);
    expect(path(page)).toBe('/articles/brief/#who-is-there');
    expect(Math.abs(await topUnderHeader(page, 'who-is-there'))).toBeLessThan(120);
    await page.close();
  });

  it('follows the section read on a phone, where the header scrolls away with the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}uk/articles/brief/`);
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, await topUnderHeader(page, 'who-is-there'));
    await expect.poll(() => topUnderHeader(page, 'who-is-there')).toBeLessThan(10);
    expect(await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom)).toBeLessThan(0);
    await expect.poll(() => page.locator('a[data-lang-switch]').getAttribute('href')).toMatch(/#who-is-there$/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/\/articles\/brief\/#/), page.keyboard.press('Enter')]);
    expect(path(page)).toBe('/articles/brief/#who-is-there');
    await page.close();
  });

  it('waits for its code when used before that code has come, and still lands on the section read', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 500 }, reducedMotion: 'reduce' });
    // A slow network: the code that follows the reader's place arrives long after the first scroll.
    await page.route(/\/_astro\/place\.[^/]*\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.goto(`${server.url}uk/articles/brief/`);
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, await topUnderHeader(page, 'who-is-there'));
    await expect.poll(() => topUnderHeader(page, 'who-is-there')).toBeLessThan(10);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/uk/')), page.keyboard.press('Enter')]);
    expect(path(page)).toBe('/articles/brief/#who-is-there');
    await page.close();
  });

  it('lands on the same entry of a listing page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${server.url}glossary/#talks`);
    await Promise.all([page.waitForURL(/\/uk\//), clickSwitch(page)]);
    expect(path(page)).toBe('/uk/glossary/#talks');
    expect(await page.locator('#talks').textContent()).toBe('переговори');
    await page.close();
  });

  it('opens the counterpart page at its top without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}articles/brief/#what-happens-next`);
    await Promise.all([page.waitForURL(/\/uk\//), page.locator('a[data-lang-switch]').click()]);
    expect(path(page)).toBe('/uk/articles/brief/');
    await context.close();
  });
});

/** Every Ukrainian page the sitemap lists, with the search and 404 pages it leaves out. */
function ukPaths(): string[] {
  const xml = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...listed.filter((p) => p.startsWith('/uk/')), '/uk/404.html', '/uk/search/'];
}

describe('the header', () => {
  it('leaves anchor targets room for itself on every page, in both editions, at every desktop width', async () => {
    for (const width of [800, 1024, 1280, 1440]) {
      // The dark theme, chosen: the pressed button is the widest the theme switch gets ("✓ Dark theme").
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: 'light' });
      await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
      const page = await context.newPage();
      for (const p of ['', 'timeline/', 'compare/', 'glossary/', 'sources/report/', 'articles/brief/']) {
        for (const prefix of p.startsWith('sources/report') ? [''] : ['', 'uk/']) {
          await page.goto(server.url + prefix + p);
          const { height, room } = await page.evaluate(() => {
            const probe = document.createElement('div');
            probe.style.height = 'var(--header-h)';
            document.body.append(probe);
            const room = probe.getBoundingClientRect().height;
            probe.remove();
            return { height: document.querySelector('.site-header .bar')!.getBoundingClientRect().height, room };
          });
          expect(height, `/${prefix}${p} at ${width} px`).toBeLessThanOrEqual(room);
        }
      }
      await context.close();
    }
  });
});

describe('the Ukrainian pages', () => {
  it('fit a phone: no sideways scrolling at 320 or 390 px; screenshots of the home page and an article', async () => {
    for (const width of [320, 390]) {
      const page = await browser.newPage({ viewport: { ...PHONE, width }, reducedMotion: 'reduce' });
      for (const p of ukPaths()) {
        await page.goto(server.url + p.slice(1));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${p} at ${width} px`).toBeLessThanOrEqual(0);
      }
      if (width === 390) {
        for (const [name, p] of [
          ['uk-home', 'uk/'],
          ['uk-article', 'uk/articles/brief/'],
        ]) {
          await page.goto(server.url + p);
          await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: true });
        }
      }
      await page.close();
    }
  });
});
