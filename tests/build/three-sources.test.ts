/**
 * A site built from three sources (tests/fixtures/three-sources): the comparison has a column for each, the
 * drawn timeline marks each source an event cites, the source list names all three, search can filter by each,
 * and no page text still speaks of two sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { idsWithoutCopyLink, readBuiltSite } from '../../src/publish/built-site.ts';

let out: string;
const page = (path: string) => cheerio.load(readFileSync(join(out, path, 'index.html'), 'utf8'));

beforeAll(async () => {
  const site = await buildSite({ contentDir: copyFixture('three-sources') });
  expect(site.code, site.output).toBe(0);
  out = site.outDir;
});

describe('a site with three sources', () => {
  it('compares all three in every row, in source order, with a key naming each', () => {
    const $ = page('compare');
    // Three columns take the full width: the topic stays above them.
    expect($('.matrix').hasClass('side-head')).toBe(false);
    const rows = $('section.row');
    expect(rows.length).toBe(3);
    rows.each((_, row) => {
      expect(
        $(row)
          .find('.cell')
          .map((_, c) => $(c).attr('data-source'))
          .get(),
      ).toEqual(['report', 'statement', 'wire']);
      $(row)
        .find('.cell dd')
        .each((_, dd) => void expect($(dd).find('a.cite-link').length).toBeGreaterThan(0));
    });
    expect(
      $('ul[aria-labelledby="the-sources"] li > a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['A fixture report', 'Ministry statement', 'Wire report']);
    // The key speaks of many sources, not of "both" and "the other".
    const key = $('.marks').text();
    expect(key).toContain('the others are silent');
    expect(key).not.toMatch(/\bboth\b|the other\b/);
    expect($('main .dek').text().replace(/\s+/g, ' ')).toContain('and whether they agree');
  });

  it('marks every cited source on the drawn timeline, and lists every source', () => {
    const strip = page('timeline')('ol.strip.full .srcs a');
    expect(strip.map((_, a) => page('timeline')(a).attr('href')).get()).toEqual([
      '/sources/report/#s2',
      '/sources/wire/#s1',
      '/sources/statement/#s1',
    ]);
    expect(page('sources')('.card-list li').length).toBe(3);
  });

  it('says three, never two, where pages count the sources', () => {
    for (const path of ['', 'sources', 'people', 'timeline', 'talks', 'compare']) {
      const $ = page(path);
      expect($('main, footer').text(), path || 'home').not.toMatch(/\btwo (source|text)|\bthe two\b|\bneither\b/i);
    }
    expect(page('')('footer').text()).toContain('three source texts');
    expect(page('')('main .dek').text()).toContain('three source texts');
    expect(page('people')('main .dek').text()).toContain('the three sources');
    expect(page('timeline')('main .dek').text().replace(/\s+/g, ' ')).toContain('imply. No text gives a year');
  });

  it('tags search entries with the sources they cite, for the source filter', () => {
    const article = page('articles/brief')('[data-pagefind-filter^="source:"]')
      .map((_, s) => page('articles/brief')(s).attr('data-pagefind-filter'))
      .get();
    expect(article).toEqual(['source:A fixture report', 'source:Ministry statement', 'source:Wire report']);
    expect(page('timeline')('li.entry').attr('data-search-sources')).toBe(
      'A fixture report|Ministry statement|Wire report',
    );
    expect(page('glossary')('li.entry').attr('data-search-sources')).toBe('A fixture report');
    expect(page('sources/wire')('.source-text').attr('data-search-sources')).toBe('Wire report');
  });

  it('gives every public id its copy-link', () => {
    for (const [key, p] of readBuiltSite(out)) expect(idsWithoutCopyLink(p), key).toEqual([]);
  });
});
