/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) on every page in the
 * sitemap, in the light and the dark scheme: zero violations. Search open with
 * results is covered in search.test.ts. Then what a screen reader hears of a citation.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { axeViolations } from '../helpers/axe.ts';

const site = useSiteInBrowser();

/** Site paths listed in the built sitemap, both editions (plus the 404 and search pages, which it leaves out). */
function sitemapPaths(dir: string): string[] {
  const xml = readdirSync(dir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/404.html', '/search/?q=crimea', '/uk/404.html', '/uk/search/?q=санкцій'];
}

describe('axe on every page', () => {
  const paths = sitemapPaths(inject('siteDir'));

  it('the sitemap lists the pages of both editions', () => {
    expect(paths.filter((p) => !p.startsWith('/uk/')).length).toBeGreaterThan(10);
    expect(paths.filter((p) => p.startsWith('/uk/')).length).toBeGreaterThanOrEqual(12);
  });

  // Pages are independent: two at a time keep both cores busy (axe runs in each page's own renderer).
  it.concurrent.for(paths)('%s has no violations in light or dark', async (path, { expect }) => {
    // bypassCSP: axe is injected as a script, which the site's own policy rightly refuses.
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const backgrounds = new Set<string>();
    for (const colorScheme of ['light', 'dark'] as const) {
      // The page's colours follow the system's scheme as it changes (global.css), so one load serves both.
      await page.emulateMedia({ colorScheme });
      if (colorScheme === 'light') await page.goto(site.server.url + path.replace(/^\//, ''));
      if (path.startsWith('/search/'))
        await page.waitForFunction(() =>
          /results? for|No results|результат(и|ів)? за запитом|Нічого не знайдено/.test(
            document.getElementById('search-status')?.textContent ?? '',
          ),
        );
      expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
      backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    // Both schemes were the ones checked: the page's background changed with the system's.
    expect(backgrounds.size).toBe(2);
    // A screen reader reads the page in its edition's language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(path.startsWith('/uk/') ? 'uk' : 'en');
    await page.close();
  });
});

describe('what a screen reader hears', () => {
  // The brackets around a citation's number are drawn by CSS for the eye; its name is the word and the number.
  it.for([
    ['/articles/what-is-on-the-table/', /^- link "Source \d+"/],
    ['/uk/articles/what-is-on-the-table/', /^- link "Джерело \d+"/],
    ['/timeline/', /^- link "Source \d+"/],
  ] as const)('citations on %s are named "Source N", without brackets', async ([path, name]) => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + path.replace(/^\//, ''));
    const links = page.locator('main .cite-link');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) expect(await links.nth(i).ariaSnapshot()).toMatch(name);
    await page.close();
  });
});
