/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) on every page in the
 * sitemap, in the light and the dark scheme: zero violations. Search open with
 * results is covered in search.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { axeViolations } from '../helpers/axe.ts';

const site = useSiteInBrowser();

/** Site paths listed in the built sitemap (plus the 404 and search pages, which it leaves out). */
function sitemapPaths(dir: string): string[] {
  const xml = readdirSync(dir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, '/404.html', '/search/?q=crimea'];
}

describe('axe on every page', () => {
  const paths = sitemapPaths(inject('siteDir'));

  it('the sitemap lists the pages', () => expect(paths.length).toBeGreaterThan(10));

  it.each(paths)('%s has no violations in light or dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // bypassCSP: axe is injected as a script, which the site's own policy rightly refuses.
      const page = await site.browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await page.goto(site.server.url + path.replace(/^\//, ''));
      if (path.startsWith('/search/'))
        await page.waitForFunction(() =>
          /results? for|No results/.test(document.getElementById('search-status')?.textContent ?? ''),
        );
      expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
      await page.close();
    }
  });
});
