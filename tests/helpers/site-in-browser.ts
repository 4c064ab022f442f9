/**
 * The setup every browser test file shares: the built site served on
 * loopback and one Chromium, opened before the file's tests and closed after.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite } from './serve.ts';

export interface SiteInBrowser {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveSite>>;
}

export function useSiteInBrowser(site: 'siteDir' | 'subSiteDir' = 'siteDir', base = '/'): SiteInBrowser {
  const ctx = {} as SiteInBrowser;
  beforeAll(async () => {
    ctx.server = await serveSite(inject(site), base);
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** A fresh context and page (desktop size, reduced motion) that records the page's errors and console errors. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors };
}
