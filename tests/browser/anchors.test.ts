/**
 * Landing on a link to a section, as a reader does: on a phone and a desktop
 * the target is in view, clear of the header and highlighted; the copy-link
 * control is reachable by keyboard, named, and copies the full URL.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

/**
 * The target is on screen and the topmost element in its first line is the target itself (a sentence is
 * inline: its box spans whole lines, and its centre may fall between two of them).
 */
async function landedOn(page: Page, id: string) {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const r = el.getBoundingClientRect();
    const first = el.getClientRects()[0] ?? r;
    const hit = document.elementFromPoint(first.left + Math.min(first.width / 2, 40), first.top + first.height / 2);
    const wrap = el.closest('.heading-wrap') ?? el;
    const bg = getComputedStyle(wrap).backgroundColor;
    return {
      inView: r.top >= 0 && r.bottom <= innerHeight,
      uncovered: hit !== null && el.contains(hit),
      highlighted: bg !== 'rgba(0, 0, 0, 0)' && bg !== getComputedStyle(document.body).backgroundColor,
      matchesTarget: el.matches(':target'),
    };
  }, id);
}

describe.each([
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 720 }],
])('opening /glossary/#frozen-conflict on %s', (_name, viewport) => {
  it('shows the term in view, clear of the header, highlighted', async () => {
    const page = await site.browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}glossary/#frozen-conflict`);
    await expect
      .poll(() => landedOn(page, 'frozen-conflict'))
      .toEqual({ inView: true, uncovered: true, highlighted: true, matchesTarget: true });
    await page.close();
  });
});

describe('landing deep in a long page under the sticky header', () => {
  it('keeps a source sentence and an article section clear of the header', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}sources/bloomberg-us-role/#s15`);
    await expect.poll(() => landedOn(page, 's15')).toMatchObject({ inView: true, uncovered: true, highlighted: true });
    const article = await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('#cited-s15 .backlinks a[href*="/articles/"]')?.getAttribute('href'),
    );
    expect(article).toMatch(/#[a-z0-9-]+$/);
    await page.goto(new URL(article!, site.server.url).href);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect.poll(() => landedOn(page, id)).toMatchObject({ inView: true, uncovered: true, highlighted: true });
    await page.close();
  });
});

describe('the copy-link control', () => {
  it('is reached by Tab, has an accessible name, and copies the full URL', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}glossary/`);
    const control = page.getByRole('link', { name: 'Link to section: frozen conflict', exact: true });
    await expect.poll(() => control.count()).toBe(1);
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await control.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    // Focus is visible: an outline is drawn on the focused control.
    expect(await control.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.server.url}glossary/#frozen-conflict`);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied to the clipboard');
    expect(new URL(page.url()).hash).toBe('#frozen-conflict');
    await context.close();
  });

  it('says so in the page’s language', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}uk/glossary/`);
    const control = page.locator('li.entry a.anchor-link').first();
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Посилання скопійовано');
    expect(await control.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Скопійовано"');
    await context.close();
  });

  it('works as a plain link with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}people/`);
    const first = page.locator('li.entry a.anchor-link').first();
    const href = await first.getAttribute('href');
    await first.click();
    expect(new URL(page.url()).hash).toBe(href);
    await context.close();
  });
});

describe('provenance you can see', () => {
  it('shows the quoted source sentence on keyboard focus and on hover, and Escape hides it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}articles/what-is-on-the-table/`);
    const cite = page.locator('a.cite-link').first();
    // Without a preview open, the link is described by its footnote.
    const footnote = page.locator(`[id="${await cite.getAttribute('aria-describedby')}"]`);
    expect(await footnote.textContent()).toMatch(/sentence \d+/);
    const tip = page.locator('#link-preview');
    expect(await tip.isVisible()).toBe(false);
    const sentencesLoaded = page.waitForResponse((r) => r.url().endsWith('/sentences.json'));
    await cite.focus();
    await sentencesLoaded;
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await cite.getAttribute('aria-describedby')).toBe('link-preview');
    // The sentence shown is the one the link points at, as the source page has it.
    const [, source, sentence] = /\/sources\/([^/]+)\/#(s\d+)/.exec((await cite.getAttribute('href'))!)!;
    const json = await (await page.request.get(`${site.server.url}sources/${source}/sentences.json`)).json();
    expect(await tip.locator('q').textContent()).toBe(json.sentences[sentence!]);
    expect(await tip.textContent()).toMatch(/sentence \d+: /);
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // Hovering shows it too, and the pointer can move onto the preview without losing it (WCAG 1.4.13).
    const second = page.locator('a.cite-link').nth(1);
    await second.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box2 = (await tip.boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(1, 1);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page
      .locator('h1')
      .focus()
      .catch(() => undefined);
    // A term previews its definition the same way, from the glossary's previews.json.
    const term = page.locator('a.ref-glossary').first();
    await term.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const id = decodeURIComponent(new URL((await term.getAttribute('href'))!, site.server.url).hash.slice(1));
    const previews = await (await page.request.get(`${site.server.url}glossary/previews.json`)).json();
    expect(await tip.textContent()).toBe(`${previews[id].title}: ${previews[id].summary}`);
    expect(await term.getAttribute('aria-describedby')).toBe('link-preview');
    await page.close();
  });
});

describe('previews on a touch screen', () => {
  it('a tapped link to a place on the same page leaves no preview over the text it lands on', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}people/`);
    const link = page.locator('main a.ref-people[href^="/people/#"]').first();
    // The previews' code loads on the first touch of a link; the tap has moved the page by the time it runs.
    const loaded = page.waitForResponse((r) => /\/previews\.[\w-]+\.js$/.test(r.url()));
    await link.tap();
    await loaded;
    await expect
      .poll(() => new URL(page.url()).hash)
      .toBe(new URL((await link.getAttribute('href'))!, page.url()).hash);
    // The preview the tap may have opened is gone once the page has moved, and stays gone.
    await page.waitForTimeout(400);
    expect(await page.locator('#link-preview').isVisible()).toBe(false);
    await context.close();
  });
});

describe('following a citation of several sentences', () => {
  /** The first citation of a passage in the articles, with its page open. */
  async function firstRange(page: Page) {
    for (const article of [
      'what-is-on-the-table',
      'how-the-sources-differ',
      'the-story-in-brief',
      'kyiv-and-washington',
      'who-is-at-the-table',
      'the-diplomatic-tracks',
      'what-happens-next',
    ]) {
      await page.goto(`${site.server.url}articles/${article}/`);
      const range = page.locator('a.cite-link[data-cite*=","]').first();
      if ((await range.count()) > 0) return range;
    }
    throw new Error('no article cites a range of sentences');
  }

  /** Follows the citation; every sentence of the passage carries the landing colour, the one before it does not. */
  async function followMarksPassage(page: Page, range: ReturnType<Page['locator']>) {
    const ids = (await range.getAttribute('data-cite'))!.split('#')[1]!.split(',');
    await range.click();
    await page.waitForURL(new RegExp(`#${ids[0]}$`));
    // The landing colour fades in, and the rest of the passage is marked by a script the page loads on
    // arrival, which a busy machine may take a while to run: wait for the end state, not a fixed time.
    const colours = () =>
      page.evaluate((ids) => ids.map((id) => getComputedStyle(document.getElementById(id)!).backgroundColor), ids);
    const settled = (marked: string[]) => new Set(marked).size === 1 && marked[0] !== 'rgba(0, 0, 0, 0)';
    await expect.poll(async () => settled(await colours()), { timeout: 15_000 }).toBe(true);
    const marked = await colours();
    const before = `s${Number(ids[0]!.slice(1)) - 1}`;
    if (before !== 's0')
      expect(
        await page.evaluate((id) => getComputedStyle(document.getElementById(id)!).backgroundColor, before),
      ).not.toBe(marked[0]);
  }

  it('marks the whole passage on the source page, not only its first sentence', async () => {
    const page = await site.browser.newPage();
    await followMarksPassage(page, await firstRange(page));
    await page.close();
  });

  it('marks it too when the code that marks it arrives on the article page after the click', async () => {
    const page = await site.browser.newPage();
    const range = await firstRange(page);
    const later = (ms: number) => async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    };
    // The reader's first scroll starts loading the code; it runs on the article page once the click has
    // happened and before the source page has come.
    await page.route(/\/_astro\/place\.[\w-]+\.js$/, later(500));
    await page.route(/\/sources\/[a-z0-9-]+\/$/, later(1500));
    await page.mouse.wheel(0, 200);
    await followMarksPassage(page, range);
    await page.close();
  });
});

describe('previews stay on screen', () => {
  it.each([
    [390, 844],
    [768, 900],
    [1000, 700],
  ])('at %i px every citation preview fits the viewport and never covers its link', async (width, height) => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    await page.goto(`${site.server.url}articles/what-is-on-the-table/`);
    const cites = page.locator('a.cite-link');
    const count = Math.min(await cites.count(), 24);
    for (let i = 0; i < count; i++) {
      const cite = cites.nth(i);
      await cite.focus();
      const measure = () =>
        page.evaluate((i) => {
          const a = document.querySelectorAll('a.cite-link')[i]!;
          const tip = document.getElementById('link-preview')!.getBoundingClientRect();
          const link = a.getBoundingClientRect();
          const overlap = !(
            tip.right <= link.left ||
            tip.left >= link.right ||
            tip.bottom <= link.top ||
            tip.top >= link.bottom
          );
          const shown = a.getAttribute('aria-describedby') === 'link-preview' && tip.width > 0;
          return {
            inside: shown && tip.left >= 0 && tip.right <= innerWidth && tip.top >= 0 && tip.bottom <= innerHeight,
            overlap,
            scroll: document.documentElement.scrollWidth,
          };
        }, i);
      // Placement settles within a frame or two of the focus.
      await expect
        .poll(async () => (await measure()).inside, { timeout: 2000, message: `citation ${i + 1} preview on screen` })
        .toBe(true);
      const box = await measure();
      expect(box.overlap, `citation ${i + 1} covered`).toBe(false);
      expect(box.scroll).toBeLessThanOrEqual(width);
    }
    await page.close();
  });
});

describe('the article layout', () => {
  it('marks the section being read in the table of contents', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}articles/what-is-on-the-table/`);
    const ids = await page.locator('.toc a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(ids.length).toBeGreaterThan(2);
    const third = ids[2]!;
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), third);
    await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe(`#${third}`);
    expect(await page.locator('.toc a[aria-current="true"]').count()).toBe(1);
    await page.close();
  });

  it('folds the rail below the text on a phone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}articles/what-is-on-the-table/`);
    const [body, rail] = await Promise.all([
      page.locator('.article-body').boundingBox(),
      page.locator('.rail').boundingBox(),
    ]);
    expect(rail!.y).toBeGreaterThanOrEqual(body!.y + body!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });
});
