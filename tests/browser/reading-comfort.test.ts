/**
 * Reading comfort in Chromium: the theme switch (remembered, applied before
 * the first paint), no sideways scrolling at 320 px on any page, and an
 * article that prints cleanly with its citations as numbered footnotes.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { ROOT } from '../helpers/build-site.ts';

const site = useSiteInBrowser();
const OUT = process.env.EXPLAINER_TEST_OUT ?? join(ROOT, 'tests/output');

describe('the theme', () => {
  it('follows the system, switches with the header button, and remembers the choice', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}glossary/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(253, 252, 249)');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await bg()).toBe('rgb(22, 24, 27)');
    await page.goto(`${site.server.url}timeline/`);
    expect(await bg()).toBe('rgb(22, 24, 27)');
    // Switching back to the system's own theme forgets the choice: the page follows the system again.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await bg()).toBe('rgb(253, 252, 249)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bg()).toBe('rgb(22, 24, 27)');
    // The button follows the system's change (a media-query event, a moment later).
    await expect.poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('paints the stored theme first: no flash of the other one', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the background at the first animation frame, before any module script runs.
      requestAnimationFrame(() => {
        (window as unknown as { firstPaintBg: string }).firstPaintBg = getComputedStyle(document.documentElement)
          .getPropertyValue('--bg')
          .trim();
      });
    });
    const page = await context.newPage();
    // Hold back the page's module script so the only thing that can set the theme is the head snippet.
    await page.route(/\/_astro\/.*\.js$/, (route) => setTimeout(() => void route.continue(), 500));
    await page.goto(`${site.server.url}articles/the-story-in-brief/`);
    await page.waitForFunction(() => (window as unknown as { firstPaintBg?: string }).firstPaintBg !== undefined);
    expect(await page.evaluate(() => (window as unknown as { firstPaintBg: string }).firstPaintBg)).toBe('#16181b');
    await context.close();
  });

  it('without JavaScript follows the system scheme, and the button is not shown', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 27)');
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});

describe('a 320 px screen', () => {
  const pages = [
    '',
    'timeline/',
    'glossary/',
    'people/',
    'sources/',
    'compare/',
    'talks/',
    'search/?q=crimea',
    '404.html',
    'sources/bloomberg-us-role/',
    ...readdirSync(join(ROOT, 'content/articles'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `articles/${f.slice(0, -3)}/`),
  ];

  // Pages are independent: two at a time (vitest's maxConcurrency), one per core.
  it.concurrent.for(pages)('/%s has no horizontal scroll', async (path, { expect }) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.server.url + path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('printing an article', () => {
  it('drops navigation, search and rails; prints citations as footnotes naming the source sentence', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}articles/what-is-on-the-table/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.toc', '.rail', '.site-footer', '.search-form']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.print-notes').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    mkdirSync(join(OUT, 'print'), { recursive: true });
    writeFileSync(join(OUT, 'print', 'what-is-on-the-table.pdf'), pdf);
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Sources cited');
    expect(flat).not.toContain('Skip to content');
    expect(flat).not.toContain('Timeline events cited');
    // The first footnote names the source and sentence of the first citation, and shows its address.
    const firstNote = await page.locator('.print-notes li').first().textContent();
    expect(flat).toContain(firstNote!.replace(/\s+/g, ' ').slice(0, 40));
    expect(flat).toMatch(/sentences? \d+/);
    // The site's address once, then each footnote's address.
    expect(flat).toContain('https://london-talks.example.org');
    expect(flat).toMatch(/\/sources\/[a-z-]+\/#s\d+/);
    await page.close();
  });
});
