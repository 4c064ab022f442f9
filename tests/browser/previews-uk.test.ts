/**
 * Previews on the Ukrainian edition, on the built real site: a citation shows the English sentence as the
 * source has it (marked `lang="en"`) and our Ukrainian translation of it, labelled as ours; a term previews
 * its Ukrainian definition; the copy-link status speaks Ukrainian. English pages show no translation.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

type Sentences = {
  title: string;
  sentences: Record<string, string>;
  uk?: { title: string; sentences: Record<string, string> };
};

describe('a citation preview on a Ukrainian page', () => {
  it('shows the English sentence (lang="en") and «Наш переклад», our translation of it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.url}uk/articles/what-is-on-the-table/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    const cite = page.locator('a.cite-link').first();
    const [, source, sentence] = /\/sources\/([^/]+)\/#(s\d+)/.exec((await cite.getAttribute('href'))!)!;
    const json = (await (
      await page.request.get(`${site.server.url}sources/${source}/sentences.json`)
    ).json()) as Sentences;
    expect(json.uk?.sentences[sentence!]).toBeTruthy();

    const tip = page.locator('#link-preview');
    await cite.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await cite.getAttribute('aria-describedby')).toBe('link-preview');
    const original = tip.locator('q[lang="en"]');
    expect(await original.textContent()).toBe(json.sentences[sentence!]);
    expect(await tip.locator('.preview-label').nth(1).textContent()).toBe('Наш переклад: ');
    expect(await tip.locator('q.preview-translation').textContent()).toBe(json.uk!.sentences[sentence!]);
    // The translation is in the page's language: no lang of its own.
    expect(await tip.locator('q.preview-translation').getAttribute('lang')).toBeNull();
    expect(await tip.locator('.preview-label').first().textContent()).toBe(
      `${json.uk!.title}, речення ${sentence!.slice(1)}: `,
    );
    // Who says it, in Ukrainian (content/uk/checks/speakers.yaml).
    expect(await tip.locator('.preview-said-by').textContent()).toMatch(/^Хто каже: .*[а-яіїєґ]/i);
    expect(await tip.locator('.preview-said-by [lang]').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('previews a term in Ukrainian, from /uk/glossary/previews.json', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}uk/articles/what-is-on-the-table/`);
    const term = page.locator('a.ref-glossary').first();
    const id = decodeURIComponent(new URL((await term.getAttribute('href'))!, site.server.url).hash.slice(1));
    const previews = await (await page.request.get(`${site.server.url}uk/glossary/previews.json`)).json();
    await term.hover();
    const tip = page.locator('#link-preview');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(`${previews[id].title}: ${previews[id].summary}`);
    expect(previews[id].summary).toMatch(/[а-яіїєґ]/i);
    await page.close();
  });

  it('says in Ukrainian that a section link was copied', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}uk/articles/what-is-on-the-table/`);
    await page.locator('a[data-anchor-link]').first().click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Посилання скопійовано');
    await context.close();
  });
});

describe('a citation preview on an English page', () => {
  it('shows the English sentence only', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}articles/what-is-on-the-table/`);
    await page.locator('a.cite-link').first().focus();
    const tip = page.locator('#link-preview');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('q').count()).toBe(1);
    expect(await tip.textContent()).not.toContain('Наш переклад');
    expect(await tip.textContent()).toMatch(/sentences? \d+/);
    await page.close();
  });
});
