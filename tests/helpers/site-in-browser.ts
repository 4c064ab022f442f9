/**
 * The setup every browser test file shares: the built site served on
 * loopback and one Chromium, opened before the file's tests and closed after.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
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
