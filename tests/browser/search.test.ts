/**
 * Search as readers use it, in Debian's Chromium: the query table, the dialog
 * from any page (click or Ctrl/⌘+K), landing on the section with the words
 * highlighted, filters, hostile and odd input, keyboard only, axe, no search
 * code before first use, no JavaScript, and a site under a sub-path (its index
 * in parts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveSite } from '../helpers/serve.ts';
import { axeViolations } from '../helpers/axe.ts';
import { openPage } from '../helpers/site-in-browser.ts';
import { firstResultHref, openDialog, settledStatus } from '../helpers/search-page.ts';
import { SEARCH_QUERIES } from '../fixtures/search-queries.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let sub: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  server = await serveSite(inject('siteDir'));
  sub = await serveSite(inject('subSiteDir'), '/explainer/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await sub?.close();
});

async function open(options: Parameters<Browser['newContext']>[0] = {}) {
  const opened = await openPage(browser, options);
  const requests: string[] = [];
  opened.page.on('request', (r) => requests.push(r.url()));
  return { ...opened, requests };
}

/** Waits for the search status to settle on an answer (by default, any answer to a query). */
const settled = (page: Page, scope = '', answer: RegExp = /results? for|No results|needs letters|Type a word/) =>
  settledStatus(page, answer, scope);
const RESULTS = /results? for|No results/;

describe('the query table', () => {
  // Each query has its own page: two at a time (vitest's maxConcurrency) keep both cores busy.
  it.concurrent.for(SEARCH_QUERIES)('"$query" returns $first first ($why)', async ({ query, first }, { expect }) => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    expect(await settled(page)).toMatch(/\d+ results? for/);
    expect(await firstResultHref(page, first)).toBe(first);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has at least 20 queries', () => expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(20));
});

describe('the search dialog on every page', () => {
  it('opens from the header, finds "Crimea"; the result lands on its section, the words highlighted', async () => {
    const { context, page, errors } = await open();
    await page.goto(server.url);
    await page.getByRole('searchbox', { name: 'Search the explainer' }).first().fill('Crimea');
    await page.locator('.site-header form[role="search"] button').click();
    const dialog = page.locator('dialog.search-dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await settled(page, 'dialog')).toMatch(/\d+ results? for “Crimea”/);
    expect(await page.locator('dialog .result-type').first().textContent()).toBe('Glossary term');

    // Follow the first article section result.
    const section = page.locator('dialog a.sub-result').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/\?highlight=crimea#[a-z0-9-]+$/);
    await section.click();
    await page.waitForURL((u) => u.hash !== '' && u.pathname.includes('/articles/'));
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight;
        }, id),
      )
      .toBe(true);
    const hits = page.locator('.search-hit');
    // The highlighting code loads on first use, and may come after the scroll on a busy machine.
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect((await hits.first().textContent())!.toLowerCase()).toMatch(/^crimea/);
    // Highlights are plain spans (no role to announce) and a button removes them.
    expect(await hits.first().evaluate((e) => e.tagName + (e.getAttribute('role') ?? ''))).toBe('SPAN');
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    expect(await hits.count()).toBe(0);
    expect(page.url()).not.toContain('highlight=');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens with Ctrl+K, works by keyboard alone, closes with Escape and returns focus', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}articles/what-is-on-the-table/`);
    await page.locator('.toc a').first().focus();
    await openDialog(page);
    const input = page.locator('dialog[open] input[type="search"]');
    await page.keyboard.type('witkoff');
    expect(await settled(page, 'dialog', /for “witkoff”/)).toMatch(/\d+ results? for “witkoff”/);
    // The live region announces the count.
    expect(await page.locator('dialog [role="status"]').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toMatch(
      /#steve-witkoff$/,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.toc') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what the reader types right after Ctrl+K, while the dialog is still loading', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}articles/what-is-on-the-table/`);
    // The dialog's code comes slowly, as on a slow connection: the reader has typed before it opens.
    await page.route('**/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('witk');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('koff');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    const input = page.locator('dialog[open] input[type="search"]');
    expect(await settled(page, 'dialog', /for “witkoff”/)).toMatch(/\d+ results? for “witkoff”/);
    expect(await input.inputValue()).toBe('witkoff');
    // The caret after it, not the text selected: the next key goes on from there.
    await page.keyboard.type(' envoy');
    expect(await input.inputValue()).toBe('witkoff envoy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads no search code on a reading page until the reader uses search', async () => {
    const { context, page, requests } = await open();
    await page.goto(`${server.url}articles/the-story-in-brief/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /pagefind|dialog|results-view/.test(r))).toEqual([]);
    await openDialog(page);
    await page.keyboard.type('sanctions');
    await settled(page, 'dialog', RESULTS);
    expect(requests.some((r) => r.includes('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });
});

describe('what a search downloads', () => {
  const fragments = (requests: string[]) => requests.filter((r) => r.includes('.pf_fragment')).length;
  const shown = (page: Page) => page.locator('dialog .results > li').count();

  it('fetches the text of the results on screen, and more only on request', async () => {
    const { context, page, errors, requests } = await open();
    await page.goto(`${server.url}articles/what-is-on-the-table/`);
    await openDialog(page);
    await page.locator('dialog[open] input').fill('the');
    expect(await settled(page, 'dialog', RESULTS)).toMatch(/^\d+ results for/);
    await page.waitForLoadState('networkidle');
    const first = await shown(page);
    expect(first).toBeGreaterThan(0);
    // One fragment per result shown, each result starts on screen, and the button for the
    // rest is below the fold: nothing is fetched for results the reader cannot see.
    expect(fragments(requests)).toBe(first);
    expect(
      await page.evaluate(() => {
        const bottom = document.querySelector('dialog')!.getBoundingClientRect().bottom;
        return [...document.querySelectorAll('dialog .results > li')].every(
          (li) => li.getBoundingClientRect().top < bottom,
        );
      }),
    ).toBe(true);
    const more = page.locator('dialog .search-more-results');
    expect(
      await more.evaluate((b) => b.getBoundingClientRect().top >= b.closest('dialog')!.getBoundingClientRect().bottom),
    ).toBe(true);
    await more.click();
    await expect.poll(() => shown(page)).toBeGreaterThan(first);
    await page.waitForLoadState('networkidle');
    expect(fragments(requests)).toBe(await shown(page));
    // The first new result takes the focus.
    expect(await page.evaluate(() => document.activeElement?.closest('.result') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts fetching the index a word needs while the reader is still typing it', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}articles/what-is-on-the-table/`);
    await openDialog(page);
    // Pagefind loaded, as it is by the time most readers have typed a few letters.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number };
      addEventListener('keydown', () => (w.lastKey = performance.now()), { capture: true });
    });
    await page.keyboard.type('sanctions', { delay: 30 });
    await settled(page, 'dialog', RESULTS);
    const [lastKey, chunks] = await page.evaluate(() => [
      (window as unknown as { lastKey: number }).lastKey,
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('.pf_index'))
        .map((e) => e.startTime),
    ]);
    // Keys came 30 ms apart, under the 60 ms the search waits for the next: only the words typed so far asked.
    expect(Math.min(...(chunks as number[]))).toBeLessThan(lastKey as number);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the data of the filters it shows: the dialog type and topic, the search page source too', async () => {
    const filterFiles = async (url: string, search: (page: Page) => Promise<void>) => {
      const { context, page, errors, requests } = await open();
      await page.goto(url);
      await search(page);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      const legends = await page.locator('fieldset legend').allTextContents();
      await context.close();
      return { files: requests.filter((r) => r.includes('.pf_filter')).length, legends };
    };
    const dialog = await filterFiles(`${server.url}articles/what-is-on-the-table/`, async (page) => {
      await openDialog(page);
      await page.keyboard.type('zelensky');
      await settled(page, 'dialog', RESULTS);
    });
    const searchPage = await filterFiles(`${server.url}search/?q=zelensky`, (page) => settled(page).then(() => {}));
    expect(dialog.legends.sort()).toEqual(['Filter by topic', 'Filter by type']);
    expect(searchPage.legends).toContain('Filter by source');
    expect(dialog.files).toBeGreaterThan(0);
    expect(dialog.files).toBeLessThan(searchPage.files);
  });

  it('fills a tall screen without a click, and stops at its bottom', async () => {
    const { context, page, errors, requests } = await open({ viewport: { width: 1280, height: 2400 } });
    await page.goto(`${server.url}timeline/`);
    await openDialog(page);
    await page.locator('dialog[open] input').fill('the');
    await settled(page, 'dialog', RESULTS);
    const belowFold = () =>
      page.evaluate(() => {
        const b = document.querySelector('dialog .search-more-results');
        return !b || b.getBoundingClientRect().top >= b.closest('dialog')!.getBoundingClientRect().bottom;
      });
    await expect.poll(belowFold).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await shown(page)).toBeGreaterThan(3);
    expect(fragments(requests)).toBe(await shown(page));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('excerpts', () => {
  it('go on from a title or heading the result already shows, instead of repeating it', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('unconditional ceasefire')}`);
    await settled(page);
    const first = page.locator('#search-results .result').first();
    expect(await first.locator('.result-link').textContent()).toBe('unconditional ceasefire');
    const excerpt = (await first.locator('.result-excerpt').textContent())!;
    expect(excerpt).not.toMatch(/^unconditional ceasefire/i);
    // What is left is the text that follows.
    expect(excerpt.length).toBeGreaterThan(40);
    for (const section of await page.locator('#search-results .result-sections li').all()) {
      const heading = (await section.locator('a').textContent())!.trim();
      expect((await section.locator('p').textContent())!.startsWith(heading)).toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('filters', () => {
  it('offer types (and topics) with counts, narrow the results and live in the URL', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}search/?q=zelensky`);
    await settled(page);
    const people = page.getByLabel(/^Person or body \(\d+\)$/);
    expect(await people.count()).toBe(1);
    expect(await page.getByLabel(/^Article \(\d+\)$/).count()).toBe(1);
    expect(await page.locator('fieldset legend', { hasText: 'Filter by topic' }).count()).toBe(1);
    await people.check();
    // Until the filtered results replace them, the unfiltered ones (people among them) are still shown.
    await expect
      .poll(async () => new Set(await page.locator('#search-results .result-type').allTextContents()))
      .toEqual(new Set(['Person or body']));
    expect(page.url()).toContain('type=Person+or+body');
    await page.reload();
    await settled(page);
    expect(await page.getByLabel(/^Person or body \(\d+\)$/).isChecked()).toBe(true);
    expect(new Set(await page.locator('#search-results .result-type').allTextContents())).toEqual(
      new Set(['Person or body']),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the words marked on the page a result opens', () => {
  it('marks a plural’s singular too, and not the common words of a longer query', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}articles/the-diplomatic-tracks/?highlight=who+is+the+envoys`);
    const hits = page.locator('.search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    const marked = (await hits.allTextContents()).map((t) => t.toLowerCase());
    expect(marked.filter((t) => !t.startsWith('envoy'))).toEqual([]);
    expect(marked).toContain('envoy');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('filter counts', () => {
  it('count each option among the results of the other groups’ filters: no offer comes to nothing', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}search/?q=sanctions`);
    await settled(page);
    const group = (legend: string) => page.locator(`fieldset:has(legend:text-is("${legend}")) label`);
    const types = await group('Filter by type').allTextContents();
    expect(types.some((label) => label.startsWith('Glossary term'))).toBe(true);
    const [topic] = await group('Filter by topic').allTextContents();
    await page.getByLabel(topic!, { exact: true }).check();
    // Only articles have topics: the types now count the results of that topic, and the others are not offered.
    await expect.poll(() => group('Filter by type').allTextContents()).toEqual([expect.stringMatching(/^Article \(/)]);
    const [article] = await group('Filter by type').allTextContents();
    await page.getByLabel(article!, { exact: true }).check();
    const [, count] = /\((\d+)\)$/.exec(article!)!;
    await expect.poll(() => settled(page)).toMatch(new RegExp(`^${count} results? for`));
    expect(await page.getByLabel(topic!.replace(/\(\d+\)$/, `(${count})`), { exact: true }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('odd and hostile input', () => {
  const inputs = [
    '',
    '   ',
    'x'.repeat(1000),
    '?!.,;:—…',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"frozen conflict"',
    "'; DROP TABLE",
    'Крым',
    'Зеленский',
    '%00%',
    '\\',
  ];

  const cases = inputs.map((query) => ({
    query,
    label: query.length > 40 ? `${query.slice(0, 20)}… (${query.length} chars)` : JSON.stringify(query),
  }));
  it.concurrent.for(cases)('$label never breaks the page or injects markup', async ({ query }, { expect }) => {
    const { context, page, errors } = await open();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    const status = await settled(page);
    expect(status.length).toBeGreaterThan(10);
    if (/No results/.test(status)) expect(status).toMatch(/Check the spelling|try one word/);
    expect(await page.locator('main script, main img, #search-results iframe').count()).toBe(0);
    expect(await page.locator('body').innerHTML()).not.toContain('<script>alert');

    // The same input typed into the dialog from another page.
    await page.goto(`${server.url}glossary/`);
    await openDialog(page);
    await page.locator('dialog[open] input').fill(query);
    await page.waitForTimeout(150);
    await settled(page, 'dialog');
    expect(await page.locator('dialog img, dialog script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a letter alone', () => {
  it.concurrent.for(['a', 'X', '1', 'a b c'])(
    '"%s" asks for a word, as an empty box does',
    async (query, { expect }) => {
      const { context, page, errors } = await open();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      expect(await settled(page, '', /Type a word|results? for|No results/)).toMatch(/^Type a word/);
      expect(await page.locator('#search-results li').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('nonsense', () => {
  // "Putin" begins like "put" and "putting", which are no forms of it; "Starmer" shorter is "start"; "UN" is no
  // "United"; "Black Sea" is no "search".
  it.concurrent.for(['xyzzyqq', 'qwrtzp', 'Kharkiv', 'Putin', 'Starmer', 'UN', 'Black Sea'])(
    '"%s" finds nothing rather than scraps of words',
    async (query, { expect }) => {
      const { context, page, errors } = await open();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      expect(await settled(page, '', RESULTS)).toMatch(/^No results for/);
      expect(await page.locator('#search-results li').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('a query with a word no page has', () => {
  it('shows what the other words find, and says which word no page has', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('grain deal')}`);
    expect(await settled(page, '', RESULTS)).toMatch(/^\d+ results? for “grain deal” \(no page has “grain”\)\.$/);
    // What the results mark is "deal" (or a form of it): no scrap of the word no page has.
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^deal/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a word misspelt in its middle', () => {
  it('is searched as the name it is a slip from, saying so; names load only when a word finds nothing', async () => {
    const { context, page, errors, requests } = await open();
    await page.goto(`${server.url}glossary/`);
    await openDialog(page);
    await page.keyboard.type('Witkoff');
    expect(await settled(page, 'dialog', /for “Witkoff”/)).toMatch(/^\d+ results? for “Witkoff”\.$/);
    expect(requests.filter((r) => r.includes('previews.json'))).toEqual([]);

    await page.locator('dialog[open] input[type="search"]').fill('Whitkof sanctons');
    expect(await settled(page, 'dialog', /for “Whitkof sanctons”/)).toMatch(
      /^\d+ results? for “Whitkof sanctons” \(no exact match; showing close matches for “Witkoff sanctions”\)\.$/,
    );
    expect(requests.filter((r) => r.includes('previews.json')).length).toBeGreaterThan(0);
    // The page a result opens marks the words searched.
    expect(await page.locator('dialog a.result-link').first().getAttribute('href')).toContain(
      'highlight=witkoff%20sanctions',
    );
    const marks = await page.locator('dialog .results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^(witkoff|sanction)/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility with search open', () => {
  it('axe finds no violations in the open dialog with results, or on the search page', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await open({ colorScheme, bypassCSP: true });
      await page.goto(`${server.url}articles/kyiv-and-washington/`);
      await openDialog(page);
      await page.keyboard.type('sanctions');
      await settled(page, 'dialog', RESULTS);
      expect(await axeViolations(page), `dialog, ${colorScheme}`).toEqual([]);
      await page.goto(`${server.url}search/?q=security+guarantees`);
      await settled(page);
      expect(await axeViolations(page), `search page, ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('the header form goes to /search/, which says search needs JavaScript and offers links', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}timeline/`);
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('Crimea');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Crimea$/);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    for (const name of ['timeline', 'glossary', 'articles'])
      expect(await page.locator('main a', { hasText: name }).count(), name).toBeGreaterThan(0);
    await context.close();
  });
});

describe('under a sub-path', () => {
  it('searches and lands under /explainer/', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${sub.url}people/`);
    await openDialog(page);
    await page.keyboard.type('frozen conflict');
    expect(await settled(page, 'dialog', RESULTS)).toMatch(/results? for/);
    const href = (await page.locator('dialog a.result-link').first().getAttribute('href'))!;
    expect(href.startsWith('/explainer/glossary/')).toBe(true);
    await page.locator('dialog a.result-link').first().click();
    await page.waitForURL(/\/explainer\/glossary\/\?highlight=.*#frozen-conflict$/);
    expect(await page.locator('#frozen-conflict').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an index in parts (the sub-path site)', () => {
  /** The status and the filter options with their counts, as a reader sees them. */
  async function answer(url: string) {
    const { context, page, errors, requests } = await open();
    await page.goto(url);
    // Either edition's answer.
    const status = await settled(page, '', /results? for|No results|результат(и|ів)? за запитом|Нічого не знайдено/);
    const filters = await page.locator('.search-filter label').allTextContents();
    await context.close();
    return { status, filters, errors, requests };
  }

  it.concurrent.for([
    ['', 'sanctions'],
    ['', 'London talks'],
    ['', 'Zelensky'],
    ['', 'ceasefire'],
    ['uk/', 'санкцій'],
    ['uk/', 'Лондоні'],
  ] as const)(
    '%sfinds with "%s" what the index in one part finds, with the same filter counts',
    async ([edition, query], { expect }) => {
      const path = `${edition}search/?q=${encodeURIComponent(query)}`;
      const whole = await answer(`${server.url}${path}`);
      const parted = await answer(`${sub.url}${path}`);
      expect(whole.status).toMatch(/\d+/);
      expect(parted.status).toBe(whole.status);
      expect(parted.filters).toEqual(whole.filters);
      expect(parted.filters.length).toBeGreaterThan(0);
      // Every part was merged; the site in one part has none to merge.
      for (const part of ['part-1', 'part-2'])
        expect(parted.requests.some((r) => r.includes(`/explainer/pagefind/${part}/pagefind-entry.json`))).toBe(true);
      expect(whole.requests.some((r) => r.includes('/pagefind/part-'))).toBe(false);
      expect([...whole.errors, ...parted.errors]).toEqual([]);
    },
  );
});
