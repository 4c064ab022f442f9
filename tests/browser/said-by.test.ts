/**
 * "Said by" in the citation preview: a reader who hovers or focuses a
 * citation learns whom the source attributes the sentence to, from a build of
 * the faith-site fixture (whose source records who says each sentence).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { serveSite } from '../helpers/serve.ts';
import { launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  const dir = copyFixture('faith-site');
  for (const f of ['attribution.yaml', 'hedges.yaml', 'outside-facts.yaml'])
    cpSync(join(ROOT, 'content/checks', f), join(dir, 'checks', f));
  const site = await buildSite({ contentDir: dir });
  expect(site.code, site.output).toBe(0);
  server = await serveSite(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the citation preview says who says it', () => {
  it('shows "Said by" with the quoted sentence, on focus and on hover, as part of the description', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}articles/brief/`);
    const tip = page.locator('#link-preview');
    const cite = page.locator('a.cite-link[href$="/report/#s2"]:not([data-cite])').first();
    await cite.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('q').textContent()).toBe(
      'Sources close to the situation say the US may consider easing sanctions.',
    );
    expect(await tip.locator('.preview-said-by').textContent()).toBe(
      'Said by: unnamed sources close to the situation, as relayed by the text',
    );
    // The preview is the link's description, so a screen reader hears who says it too.
    expect(await cite.getAttribute('aria-describedby')).toBe('link-preview');
    await page.keyboard.press('Escape');
    const other = page.locator('a.cite-link[href$="/report/#s1"]:not([data-cite])').first();
    await other.hover();
    await expect
      .poll(() => tip.locator('.preview-said-by').textContent())
      .toBe('Said by: Bloomberg, as relayed by the text');
    await page.close();
  });
});
