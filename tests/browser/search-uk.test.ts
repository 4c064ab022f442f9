/**
 * Search on the Ukrainian edition, as readers use it in Debian's Chromium, on the built real site: the
 * Ukrainian query table (case forms of names, terms and places), the dialog on /uk/ pages (Ctrl+K), landing
 * on the section with the reader's inflected words highlighted, filters with Ukrainian labels and English
 * keys in a shareable /uk/search/ URL, Ukrainian messages, and axe on the open dialog.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { openPage, useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { firstResultHref, openDialog, plain, settledStatus } from '../helpers/search-page.ts';
import { SEARCH_QUERIES_UK } from '../fixtures/search-queries-uk.ts';

const site = useSiteInBrowser();

const open = (options: Parameters<Browser['newContext']>[0] = {}) => openPage(site.browser, options);

const RESULTS = /\d+ результат(и|ів)? за запитом|Нічого не знайдено/;
const settled = (page: Page, scope = '', answer: RegExp = RESULTS) => settledStatus(page, answer, scope);

describe('the Ukrainian query table', () => {
  // Each query has its own page: two at a time (vitest's maxConcurrency) keep both cores busy.
  it.concurrent.for(SEARCH_QUERIES_UK)('«$query» returns $first first ($why)', async ({ query, first }, { expect }) => {
    const { context, page, errors } = await open();
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent(query)}`);
    expect(await settled(page)).toMatch(/^\d+ результат/);
    expect(await firstResultHref(page, first)).toBe(first);
    // What the reader sees of a result is the text as written: no search keys left in it.
    expect(await page.locator('#search-results').innerText()).not.toContain('\u2063');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has at least 20 queries, most of them inflected forms', () => {
    expect(SEARCH_QUERIES_UK.length).toBeGreaterThanOrEqual(20);
    expect(SEARCH_QUERIES_UK.filter((q) => /genitive|dative|instrumental|locative/.test(q.why)).length).toBeGreaterThan(
      12,
    );
  });
});

describe('the search dialog on Ukrainian pages', () => {
  it('opens with Ctrl+K, speaks Ukrainian, lands on the entry with the reader’s inflected words marked', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${site.server.url}uk/timeline/`);
    await openDialog(page);
    expect(await page.locator('dialog[open] h2').textContent()).toBe('Пошук');
    await page.keyboard.type('санкціями');
    expect(await settled(page, 'dialog')).toMatch(/^\d+ результат(и|ів)? за запитом «санкціями»\.$/);
    expect(await page.locator('dialog .result-type').first().textContent()).toBe('Термін глосарію');
    const legends = await page.locator('dialog legend').allTextContents();
    expect(legends).toContain('Фільтр за типом');
    // The full search page of this edition.
    expect(await page.locator('dialog .search-more a').getAttribute('href')).toMatch(/^\/uk\/search\/\?q=/);

    const first = page.locator('dialog a.result-link').first();
    expect(plain((await first.getAttribute('href'))!)).toBe('/uk/glossary/#sanctions');
    await first.click();
    await page.waitForURL((u) => u.pathname === '/uk/glossary/' && u.hash === '#sanctions');
    const hits = page.locator('.search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    // «санкціями» was typed; the entry says «санкції»/«санкцій»: those forms are what is marked.
    const marked = (await hits.allTextContents()).map((t) => t.toLowerCase());
    expect(marked.every((t) => t.startsWith('санкц'))).toBe(true);
    expect(marked).not.toContain('санкціями');
    expect(await page.locator('.highlight-bar').textContent()).toContain('Підсвічено слова пошуку: санкціями.');
    await page.getByRole('button', { name: 'Прибрати підсвічування' }).click();
    expect(await hits.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands on an article section with a word whose stem changes marked (Києві finds Київ and Києва)', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('Києві')}`);
    expect(await settled(page)).toMatch(/^\d+ результат/);
    const excerpts = await page.locator('#search-results mark').allTextContents();
    expect(excerpts.some((m) => /^(Київ|Києв)/.test(m))).toBe(true);
    const section = page.locator('#search-results a.sub-result').first();
    await section.click();
    await page.waitForURL((u) => u.pathname.startsWith('/uk/articles/') && u.hash !== '');
    // The words are marked by a script once the page has loaded.
    await expect.poll(() => page.locator('.search-hit').count()).toBeGreaterThan(0);
    const hits = await page.locator('.search-hit').allTextContents();
    expect(hits.every((t) => /^(Київ|Києв|київськ)/i.test(t))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('filters on /uk/search/', () => {
  it('show Ukrainian type labels with counts, keep the English keys in a shareable URL', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('Зеленського')}`);
    await settled(page);
    const people = page.getByLabel(/^Особа чи орган \(\d+\)$/);
    expect(await people.count()).toBe(1);
    expect(await page.getByLabel(/^Стаття \(\d+\)$/).count()).toBe(1);
    await people.check();
    await expect
      .poll(async () => new Set(await page.locator('#search-results .result-type').allTextContents()))
      .toEqual(new Set(['Особа чи орган']));
    expect(page.url()).toContain('type=Person+or+body');
    await page.reload();
    expect(await settled(page)).toMatch(/з вибраними фільтрами/);
    expect(await page.getByLabel(/^Особа чи орган \(\d+\)$/).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Ukrainian messages', () => {
  it('says in Ukrainian that nothing was found, and what to try', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('щиросердечність')}`);
    expect(await settled(page)).toMatch(/^Нічого не знайдено за запитом «щиросердечність»\. Перевірте написання/);
    expect(await page.locator('#search-results li').count()).toBe(0);
    // A phrase no source has: «біл», the key of «Білий», begins «більше» too, which is no form of it.
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('Білий дім')}`);
    expect(await settled(page)).toMatch(/^Нічого не знайдено за запитом «Білий дім»/);
    // «Зброя» is on no page; «збройний» (armed) begins with its key, but is no form of it.
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('ядерна зброя')}`);
    expect(await settled(page)).toMatch(/^Нічого не знайдено за запитом «ядерна зброя»/);
    // A name misspelt: searched as the site's, saying so.
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('Лешенко')}`);
    expect(await settled(page)).toMatch(
      /^\d+ результат(и|ів)? за запитом «Лешенко» \(точного збігу немає; показано близькі збіги для «Лещенко»\)\.$/,
    );
    await page.goto(`${site.server.url}uk/search/?q=${encodeURIComponent('?!')}`);
    expect(await settled(page, '', /потрібні літери/)).toMatch(/^Для пошуку потрібні літери або цифри/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility with search open on a Ukrainian page', () => {
  it('axe finds no violations in the open dialog with results', async () => {
    const { context, page } = await open({ bypassCSP: true });
    await page.goto(`${site.server.url}uk/articles/kyiv-and-washington/`);
    await openDialog(page);
    await page.keyboard.type('гарантій безпеки');
    await settled(page, 'dialog');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('what a first Ukrainian search downloads', () => {
  /** Gzip bytes of the search code, the Ukrainian pack and Pagefind's files for a first search typed in the dialog. */
  async function firstSearch(path: string, query: string) {
    const { context, page } = await open();
    await page.goto(`${site.server.url}${path}`);
    await page.waitForLoadState('networkidle');
    const sizes: number[] = [];
    page.on('response', async (r) => {
      if (!/\/pagefind\/|\/_astro\/(search|uk)\./.test(r.url())) return;
      sizes.push(gzipSync(await r.body().catch(() => Buffer.alloc(0)), { level: 9 }).length);
    });
    await openDialog(page);
    await page.keyboard.type(query, { delay: 30 });
    await settled(page, 'dialog', /\d+ (result|результат)/);
    await page.waitForLoadState('networkidle');
    await context.close();
    return { requests: sizes.length, kb: sizes.reduce((a, b) => a + b, 0) / 1024 };
  }

  it('costs about what an English one does: the pack with its stemmer, but no stemmer in Pagefind’s wasm', async () => {
    const uk = await firstSearch('uk/articles/what-is-on-the-table/', 'санкціями');
    const en = await firstSearch('articles/what-is-on-the-table/', 'sanctions');
    console.log(
      `first search: «санкціями» ${uk.kb.toFixed(1)} KB gzip in ${uk.requests} requests; ` +
        `"sanctions" ${en.kb.toFixed(1)} KB in ${en.requests}`,
    );
    expect(uk.kb).toBeLessThanOrEqual(en.kb + 4);
    expect(uk.kb).toBeLessThanOrEqual(100);
  });
});
