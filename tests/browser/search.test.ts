/**
 * A reader's search, in Debian's Chromium: from the home page, search for
 * "Crimea", follow the first section result, and land on that section.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite } from '../helpers/serve.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  server = await serveSite(inject('siteDir'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { page, errors };
}

describe('search from the home page', () => {
  it('finds "Crimea" and opens the page at the matching section', async () => {
    const { page, errors } = await newPage();
    await page.goto(server.url);
    await page.getByRole('searchbox', { name: 'Search the explainer' }).first().fill('Crimea');
    await page.locator('header form[role="search"] button').click();
    await page.waitForURL(/\/search\/\?q=Crimea$/);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/\d+ results? for “Crimea”/);

    const first = page.locator('#search-results a.sub-result').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/#[a-z0-9-]+$/);
    await first.click();
    await page.waitForURL((u) => u.hash !== '');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${id}"]`);
    await expect.poll(() => target.count()).toBe(1);
    // The section is on screen, below the sticky header, and it mentions the query.
    await expect.poll(async () => {
      const box = await target.boundingBox();
      const header = await page.locator('.site-header').boundingBox();
      return box !== null && header !== null && box.y >= header.y + header.height - 1 && box.y < 800;
    }).toBe(true);
    const section = await target.evaluate((h) => {
      const parts: string[] = [];
      let node: Element | null = h.closest('.heading-wrap, .entry') ?? h;
      for (let i = 0; node && i < 8; i++, node = node.nextElementSibling) parts.push(node.textContent ?? '');
      return parts.join(' ');
    });
    expect(section.toLowerCase()).toContain('crimea');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says plainly when nothing matches', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('zzqxv')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/No results for “zzqxv”/);
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
