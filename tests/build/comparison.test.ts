/**
 * The source comparison (/compare/): its rows come from content/comparison/,
 * validated like every other collection. A row whose cell does not cite, an
 * unknown status, a topic given twice or a bad citation stops the build with
 * the file and line; in the built site every cell cites, every row is an
 * anchor with a status, and articles link into it.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { loadPages } from '../helpers/site.ts';
import { pageProblems } from '../helpers/faithful.ts';
import { readBuiltSite, publishedAnchors } from '../../src/publish/built-site.ts';
import { COMPARISON_STATUSES } from '../../src/content/schemas/comparison.ts';

const FIXTURE = 'compare-site';

describe('building a site with a comparison (fixture)', () => {
  it('renders each row with its cited cells, its status and its note', async () => {
    const result = await buildSite({ contentDir: copyFixture(FIXTURE) });
    expect(result.code, result.output).toBe(0);
    const $ = cheerio.load(readFileSync(join(result.outDir, 'compare/index.html'), 'utf8'));
    expect(
      $('section.row')
        .map((_, r) => $(r).attr('aria-labelledby'))
        .get(),
    ).toEqual(['where', 'when']);
    const where = $('section.row[aria-labelledby="where"]');
    expect(where.find('.status').text()).toContain('Sources agree');
    expect(where.find('.cell dd a.cite-link').attr('href')).toBe('/sources/report/#s2');
    expect(where.find('.cell dt').text()).toBe('A fixture report');
    expect(where.find('.more a').attr('href')).toBe('/articles/brief/#where-are-the-talks');
    const when = $('section.row[aria-labelledby="when"]');
    expect(when.attr('data-status')).toBe('conflict');
    expect(when.find('.editor-note a.cite-link').attr('href')).toBe('/sources/report/#s3');
    // The article's compare: link lands on the row, and the row lists the article.
    const article = cheerio.load(readFileSync(join(result.outDir, 'articles/brief/index.html'), 'utf8'));
    expect(article('a.ref-compare').attr('href')).toBe('/compare/#where');
    expect(where.find('.backlinks a').attr('href')).toBe('/articles/brief/#who-is-there');
  });

  // Each case builds its own copy: two at a time (vitest's maxConcurrency) keep both cores busy.
  it.concurrent.for<[string, (d: string) => void, string, string]>([
    [
      'a cell without a citation',
      (d: string) => edit(d, 'comparison/where.md', ' [@report#s2]', ''),
      'comparison/where.md:8',
      'the cell for "report" has no citation',
    ],
    [
      'an unknown status',
      (d: string) => edit(d, 'comparison/where.md', 'status: agree', 'status: agreed'),
      'comparison/where.md:4',
      '"agreed" is not a status',
    ],
    [
      'a topic given twice',
      (d: string) =>
        writeFileSync(
          join(d, 'comparison/where-too.md'),
          '---\ntopic: Where the talks are\norder: 30\nstatus: agree\n---\n\n## report\n\nLondon [@report#s2].\n',
        ),
      'comparison/where.md:2',
      'the topic "Where the talks are" is already a row in',
    ],
    [
      'a cell citing a sentence that does not exist',
      (d: string) => edit(d, 'comparison/where.md', '[@report#s2]', '[@report#s9]'),
      'comparison/where.md:10',
      'points at sentence s9, but "report" has sentences s1 to s5',
    ],
    [
      'a conflict with no note',
      (d: string) => edit(d, 'comparison/when.md', /\n## note[\s\S]*$/, '\n'),
      'comparison/when.md:4',
      "the status is conflict, but the row has no editor's note",
    ],
    [
      'an article linking a row that does not exist',
      (d: string) => edit(d, 'articles/brief.md', '(compare:where)', '(compare:nowhere)'),
      'articles/brief.md:19',
      'content/comparison/nowhere.md, which does not exist',
    ],
  ])('fails on %s, naming file and line', async ([, breakIt, where, problem], { expect }) => {
    const dir = copyFixture(FIXTURE);
    breakIt(dir);
    const result = await buildSite({ contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(where);
    expect(result.output).toContain(problem);
    expect(result.output).toContain('Fix:');
  });
});

describe('the comparison on the real site', () => {
  const dir = inject('siteDir');
  const $ = cheerio.load(readFileSync(join(dir, 'compare/index.html'), 'utf8'));
  const rows = $('section.row');
  const files = readdirSync(join(ROOT, 'content/comparison'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
  const sources = readdirSync(join(ROOT, 'content/sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();

  it('has a row for every file, in order, each an anchor with a copy-link control', () => {
    expect(rows.length).toBe(files.length);
    expect(rows.length).toBeGreaterThanOrEqual(11);
    const ids = rows.map((_, r) => $(r).find('h2').first().attr('id')).get();
    expect([...ids].sort()).toEqual([...files].sort());
    for (const id of ids) expect($(`a.anchor-link[href="#${id}"]`).length, id).toBe(1);
    // …and the key's two sections.
    expect(publishedAnchors(readBuiltSite(dir).get('compare/')!)).toEqual(
      [...files, 'the-marks', 'the-sources'].sort(),
    );
    // The topics the issue asks for are all there.
    const topics = rows
      .map((_, r) => $(r).find('h2').first().text())
      .get()
      .join(' | ')
      .toLowerCase();
    for (const t of [
      'who takes part',
      'venue',
      'sanctions',
      'crimea',
      'line of contact',
      'security guarantees',
      'nato',
      'civilian',
      'us approach',
      'kyiv',
      'what comes next',
    ])
      expect(topics).toContain(t);
  });

  it("gives every row a cell for every source, and every cell cites that row's sources", () => {
    rows.each((_, r) => {
      const id = $(r).attr('aria-labelledby');
      const cells = $(r).find('.cell');
      expect(cells.map((_, c) => $(c).attr('data-source')).get(), id).toEqual(sources);
      cells.each((_, c) => {
        const cites = $(c).find('dd a.cite-link');
        expect(cites.length, `${id}: ${$(c).attr('data-source')}`).toBeGreaterThan(0);
        for (const a of cites.toArray()) expect($(a).attr('href')).toMatch(/^\/sources\/[a-z0-9-]+\/#s\d+$/);
        expect($(c).find('dd').text().trim().length).toBeGreaterThan(20);
      });
      // A cell on a topic the source does cover cites that source.
      const own = cells.filter(
        (_, c) => $(c).find(`a.cite-link[href^="/sources/${$(c).attr('data-source')}/"]`).length > 0,
      );
      expect(own.length, id).toBeGreaterThan(0);
    });
  });

  it("marks every row with a known status, and explains each conflict in a cited editor's note", () => {
    rows.each((_, r) => {
      const status = $(r).attr('data-status')!;
      expect(COMPARISON_STATUSES as readonly string[]).toContain(status);
      expect($(r).find('.status').text().trim()).not.toBe('');
      if (status === 'conflict') expect($(r).find('.editor-note a.cite-link').length).toBeGreaterThan(0);
      $(r)
        .find('.editor-note')
        .each((_, n) => void expect($(n).find('a.cite-link').length).toBeGreaterThan(0));
    });
    // The matrix uses the statuses honestly: the sources do not agree on everything.
    expect(rows.filter((_, r) => $(r).attr('data-status') === 'one-source').length).toBeGreaterThan(0);
  });

  it('resolves every citation in a cell to its source sentence, which it names for its preview', () => {
    const pages = loadPages(dir);
    $('.matrix a.cite-link').each((_, a) => {
      const [, source, sid] = /^\/sources\/([a-z0-9-]+)\/#(s\d+)$/.exec($(a).attr('href')!)!;
      const sentence = pages.get(`/sources/${source}/`)!(`#${sid}`);
      expect(sentence.length).toBe(1);
      expect($(a).attr('data-cite')!.startsWith(`${source}#${sid}`)).toBe(true);
    });
  });

  it('is written in our own words, quoting and counting only what the sources say', () => {
    expect(pageProblems($, '.cell dd p, .cell dd li, .row-note p', '/compare/')).toEqual([]);
  });

  it('is linked from the article on how the sources differ, each link landing on a row', () => {
    const article = cheerio.load(readFileSync(join(dir, 'articles/how-the-sources-differ/index.html'), 'utf8'));
    const links = article('.article-body a[href^="/compare/#"]');
    expect(links.length).toBeGreaterThanOrEqual(3);
    links.each(
      (_, a) =>
        void expect(
          rows.filter((_, r) => `/compare/#${$(r).attr('aria-labelledby')}` === article(a).attr('href')).length,
        ).toBe(1),
    );
    // The article's rail lists the rows it links.
    expect(article('.rail a[href^="/compare/#"]').length).toBeGreaterThan(0);
    // And the header links the page from everywhere.
    expect($('nav.site-nav a[href="/compare/"]').attr('aria-current')).toBe('page');
  });
});
