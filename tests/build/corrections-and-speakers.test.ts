/**
 * Corrections in the open, the methods page and "Said by", over a real build
 * of the faith-site fixture (a source with `said_by`, an article and an event
 * with corrections, content/pages/methods.md); and the faithfulness checks
 * stopping the build with file, line, our sentence and the source's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { loadPages } from '../helpers/site.ts';

/** The fixture with the project's own rule files (content/checks/), as the real site has them. */
function faithSite(): string {
  const dir = copyFixture('faith-site');
  for (const f of ['attribution.yaml', 'hedges.yaml', 'outside-facts.yaml'])
    cpSync(join(ROOT, 'content/checks', f), join(dir, 'checks', f));
  return dir;
}

let out: string;
let pages: Map<string, CheerioAPI>;

beforeAll(async () => {
  const site = await buildSite({ contentDir: faithSite() });
  expect(site.code, site.output).toBe(0);
  out = site.outDir;
  pages = loadPages(out);
});

const jsonLd = ($: CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text());

describe('corrections in the open', () => {
  it('shows a correction at the top of the article, not folded, before the text', () => {
    const $ = pages.get('/articles/brief/')!;
    const box = $('.article-head .correction');
    expect(box.length).toBe(1);
    expect(box.closest('details').length).toBe(0);
    expect(box.text()).toContain('We said the US will ease sanctions.');
    expect(box.text()).toContain('Correct: Unnamed sources say only that the US may consider easing them.');
    expect(box.find('time').attr('datetime')).toBe('2026-12-02');
    // Separate from "What changed".
    expect($('.changes').text()).not.toContain('ease sanctions');
  });

  it('shows a correction on the entry it corrects', () => {
    const $ = pages.get('/timeline/')!;
    expect($('li.entry:has(#talks) .correction').text()).toContain('The report gives no date.');
    expect($('.correction').length).toBe(1);
    // A key question's correction shows with its answer on the home page.
    expect(pages.get('/')!('.questions li:has(#where) .correction').text()).toContain('The report names London only.');
  });

  it('lists every correction, newest first, on /corrections/, linked from every page', () => {
    const $ = pages.get('/corrections/')!;
    const items = $('.corrections-list > li');
    expect(items.length).toBe(3);
    expect(items.eq(0).find('a').attr('href')).toBe('/articles/brief/');
    expect(items.eq(1).find('a').attr('href')).toBe('/timeline/#talks');
    expect(items.eq(1).text()).toContain('This entry gave the talks a date.');
    expect(items.eq(2).find('a').attr('href')).toBe('/#where');
    for (const [path, p] of pages) expect(p('footer a[href="/corrections/"]').length, path).toBe(1);
  });

  it('puts corrections in the feed, each with its own id', () => {
    const feed = new XMLParser().parse(readFileSync(join(out, 'feed.xml'), 'utf8'));
    const items = feed.rss.channel.item as Array<{ title: string; link: string; guid: string; description: string }>;
    const corrections = items.filter((i) => i.title.startsWith('Correction: '));
    expect(corrections.map((c) => c.title)).toEqual([
      'Correction: The brief',
      'Correction: The talks',
      'Correction: Where are the talks?',
    ]);
    expect(corrections[1]!.link).toBe('https://london-talks.example.org/timeline/#talks');
    expect(corrections[0]!.description).toContain('may consider easing them');
    expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
  });

  it('gives the article a CorrectionComment, and one modified date in JSON-LD, on the page and in the sitemap', () => {
    const $ = pages.get('/articles/brief/')!;
    const ld = jsonLd($);
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2026-12-02',
        text:
          'We said the US will ease sanctions. ' +
          'Correct: Unnamed sources say only that the US may consider easing them.',
      },
    ]);
    // The correction is later than `updated: 2026-11-22`: every date moves with it.
    const visible = $('.article-head .meta time').attr('datetime');
    const sitemap = new XMLParser().parse(readFileSync(join(out, 'sitemap-0.xml'), 'utf8'));
    const urls = sitemap.urlset.url as Array<{ loc: string; lastmod?: string }>;
    const lastmod = urls.find((u) => u.loc.endsWith('/articles/brief/'))!.lastmod!.slice(0, 10);
    expect([ld.dateModified, visible, lastmod]).toEqual(['2026-12-02', '2026-12-02', '2026-12-02']);
    const methods = urls.find((u) => u.loc.endsWith('/methods/'))!.lastmod!.slice(0, 10);
    expect(methods).toBe(pages.get('/methods/')!('.article-head time').attr('datetime'));
  });
});

describe('the methods page', () => {
  it('is built from content/pages/methods.md with the site Markdown, citations and entry links resolved', () => {
    const $ = pages.get('/methods/')!;
    expect($('h1').text()).toBe('How this explainer is made');
    expect($('a.cite-link').first().attr('href')).toBe('/sources/report/#s1');
    expect($('a.ref-people').attr('href')).toBe('/people/#delegate');
    for (const [path, p] of pages) expect(p('footer a[href="/methods/"]').length, path).toBe(1);
  });
});

describe('said by', () => {
  it('gives who says each sentence in the preview data', () => {
    const json = JSON.parse(readFileSync(join(out, 'sources/report/sentences.json'), 'utf8'));
    expect(json.saidBy).toEqual({
      s1: 'Bloomberg, as relayed by the text',
      s2: 'unnamed sources close to the situation, as relayed by the text',
      s3: 'the report itself',
      s4: 'the report itself',
      s5: 'the report itself',
      s6: 'the report itself',
    });
  });

  it('shows it beside each sentence on the source page, in a labelled column', () => {
    const $ = pages.get('/sources/report/')!;
    expect($('.coverage thead th').eq(1).text()).toBe('Said by');
    expect($('#cited-s2 td.said-by').text()).toBe('unnamed sources close to the situation, as relayed by the text');
  });
});

describe('the faithfulness checks stop the build', () => {
  const CASES: Array<[string, (d: string) => void, string, string[]]> = [
    [
      'a claim credited to a speaker the cited sentence is not',
      (d) =>
        edit(d, 'articles/brief.md', '"Sources close to the situation" say the US', 'Bloomberg reports that the US'),
      'articles/brief.md:22',
      [
        'credits Bloomberg, as relayed by the text ("bloomberg reports")',
        'report#s2 is said by unnamed sources close to the situation',
        '"Sources close to the situation say the US may consider easing sanctions."',
      ],
    ],
    [
      'a hedge dropped',
      (d) => edit(d, 'articles/brief.md', 'say the US may consider some easing of', 'say the US will ease'),
      'articles/brief.md:22',
      ['drops the hedge "may" (possibility) of report#s2', 'Fix: keep a hedge of that kind'],
    ],
    [
      "the source's wording passed off as ours",
      (d) => edit(d, 'articles/brief.md', 'consider some easing of sanctions', 'consider easing sanctions'),
      'articles/brief.md:22',
      ['copies 6 words in a row of report#s2 ("say the us may consider easing")', 'Fix: say it in our own words'],
    ],
    [
      "a quote that is not the source's words",
      (d) => edit(d, 'articles/brief.md', '"Sources close to the situation"', '"Sources near the situation"'),
      'articles/brief.md:22',
      ['the quote "Sources near the situation" is not word for word in the source sentence'],
    ],
    [
      'an exhaustive "are" for "include"',
      (d) => edit(d, 'articles/brief.md', 'The proposals include', 'The proposals are'),
      'articles/brief.md:22',
      ['drops the hedge "include" (a partial list'],
    ],
    [
      'a fact from outside the sources',
      (d) => edit(d, 'people/delegate.md', 'Named nowhere', 'An American named nowhere'),
      'people/delegate.md:7',
      ['uses "American", a nationality that neither source states'],
    ],
    [
      'a said_by naming no known speaker',
      (d) => edit(d, 'sources/report.yaml', 's2: close-sources', 's2: close-source'),
      'sources/report.yaml:8',
      ['"said_by" gives s2 to "close-source", which is not a speaker'],
    ],
    [
      'a source sentence nobody is said to say',
      (d) => edit(d, 'sources/report.yaml', '  s3-s6: narration-report\n', '  s3-s5: narration-report\n'),
      'sources/report.yaml:6',
      ['"said_by" does not say who s6 is attributed to'],
    ],
  ];

  // Each case builds its own copy: two at a time (vitest's maxConcurrency) keep both cores busy.
  it.concurrent.for(CASES)('%s', async ([, breakIt, where, messages], { expect }) => {
    const dir = faithSite();
    breakIt(dir);
    const site = await buildSite({ contentDir: dir });
    expect(site.code).not.toBe(0);
    expect(site.output).toContain(`${where}\n`);
    for (const m of messages) expect(site.output).toContain(m);
  });
});
