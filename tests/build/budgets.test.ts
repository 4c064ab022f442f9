/**
 * Byte budgets per page type, gzip, measured on the built site: what a reader
 * downloads before touching search. They hold on any machine (no timing here;
 * `npm run bench` measures speed). An article's page code and markup fit in
 * 11 KB; the rest of its budget is for corrections shown in the open. Index
 * pages (timeline, people, the comparison) carry every entry, with its
 * corrections and notes, and have their own limits.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../helpers/page-weight.ts';

const KB = 1024;
const site = inject('siteDir');
type Budget = { html: number; css: number; js: number; total: number };
// Every page runs the same small script at load; what serves an interaction loads on first use (it holds the keys
// typed after Ctrl/⌘+K until the search dialog has loaded).
const JS = 1.3 * KB;
// One budget for an article in either edition: room in the HTML for Ukrainian text (Cyrillic letters take
// two bytes each in UTF-8), held to the same total (an eighth of a KB more for the script's keys typed ahead, and
// five eighths for the corrections and editor's notes the fact-checks of 2026-12-06 and 2026-12-07 added, in the open;
// the HTML a quarter KB more for the second check of 2026-12-07, whose corrections the Ukrainian edition shows too;
// the total a quarter KB more for the third check's change notes and the CSS that follows a reader's larger text).
const ARTICLE: Budget = { html: 8.25 * KB, css: 3.25 * KB, js: JS, total: 12.25 * KB };
const BUDGETS: Record<string, Budget> = {
  // The home page's answers name their sources' own words for what is uncertain (fact-checks of 2026-12-06 and -07).
  '': { html: 4.875 * KB, css: 3 * KB, js: JS, total: 9.875 * KB },
  timeline: { html: 7.875 * KB, css: 4.25 * KB, js: JS, total: 14.125 * KB },
  glossary: { html: 7.25 * KB, css: 3 * KB, js: JS, total: 12.25 * KB },
  // Every entry's text, notes and corrections: the fact-checks of 2026-12-06 spelled out whose words the report
  // relays, and corrected two earlier corrections; those of 2026-12-07 corrected more entries, in the open.
  people: { html: 10.5 * KB, css: 3 * KB, js: JS, total: 15.5 * KB },
  // Every row's notes and corrections: the fact-checks added where the texts describe the attendees differently
  // (2026-12-06) and corrected rows (2026-12-07, twice).
  compare: { html: 9 * KB, css: 4 * KB, js: JS, total: 15.25 * KB },
  // The map's CSS sat 2 bytes under 3.5 KB; the header's two-line layout (both editions) needs a little more.
  talks: { html: 5.5 * KB, css: 3.75 * KB, js: JS, total: 11 * KB },
  'sources/bloomberg-us-role': { html: 7 * KB, css: 3.25 * KB, js: JS, total: 12 * KB },
  methods: { html: 5 * KB, css: 2.75 * KB, js: JS, total: 10 * KB },
  // Every correction in the open, so it grows with them: the fact-checks of 2026-12-02 and 2026-12-06 added dozens,
  // the three of 2026-12-07 more.
  corrections: { html: 10.75 * KB, css: 2.75 * KB, js: JS, total: 14.75 * KB },
  // The archive's first page; a large site's pages are held to 20 KB in archive.test.ts.
  articles: { html: 3 * KB, css: 3 * KB, js: JS, total: 8.5 * KB },
};
for (const lang of ['', 'uk/'])
  if (existsSync(join(site, lang, 'articles')))
    for (const entry of readdirSync(join(site, lang, 'articles'), { withFileTypes: true }))
      if (entry.isDirectory() && !/^\d+$/.test(entry.name)) BUDGETS[`${lang}articles/${entry.name}`] = ARTICLE;
// The Ukrainian edition's other pages keep the English budgets for CSS and JavaScript (the same files) and for
// the page code; their text costs more (Cyrillic), up to 1.3 times the English page's HTML after gzip (measured
// on every page of the real site; people, nearly all text, is the heaviest). The source pages are shared.
const CYRILLIC_TEXT = 1.3;
if (existsSync(join(site, 'uk')))
  for (const [path, b] of Object.entries(BUDGETS))
    if (!path.startsWith('sources/') && !path.startsWith('articles/') && !path.startsWith('uk/')) {
      const html = Math.round(b.html * CYRILLIC_TEXT);
      BUDGETS[path ? `uk/${path}` : 'uk'] = { ...b, html, total: b.total + html - b.html };
    }

describe.each(Object.entries(BUDGETS))('the page /%s', (path, budget) => {
  const w = pageWeight(site, path);
  it(`stays within ${budget.total / KB} KB gzip before any interaction`, () => {
    expect(w.html.gzip).toBeLessThanOrEqual(budget.html);
    expect(w.css.gzip).toBeLessThanOrEqual(budget.css);
    expect(w.js.gzip).toBeLessThanOrEqual(budget.js);
    expect(w.total.gzip).toBeLessThanOrEqual(budget.total);
  });
});

describe('the budgets', () => {
  it('cover every article, each Ukrainian one held to the English budget', () => {
    const english = Object.keys(BUDGETS).filter((p) => p.startsWith('articles/'));
    expect(english.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(BUDGETS).filter((p) => p.startsWith('uk/articles/'))).toEqual(english.map((p) => `uk/${p}`));
    for (const path of english) expect(BUDGETS[`uk/${path}`]).toBe(ARTICLE);
  });
});
