/**
 * A site of many articles (the real content plus synthetic articles, as in the
 * benchmark): the home page lists only the latest, the archive pages through
 * the rest with rel links, back-lists stay bounded, and no page grows past its
 * byte budget (gzip, before any interaction) as the archive grows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { buildSite } from '../helpers/build-site.ts';
import { loadPages } from '../helpers/site.ts';
import { pageWeight } from '../helpers/page-weight.ts';
import { writeSyntheticCorpus } from '../helpers/synthetic-corpus.ts';
import { ARTICLE_LISTS } from '../../src/content/article-order.ts';

const KB = 1024;
const SYNTHETIC = 130;
let site: string;
let pages: Map<string, CheerioAPI>;
let articleCount: number;

beforeAll(async () => {
  const content = join(mkdtempSync(join(tmpdir(), 'explainer-archive-')), 'content');
  writeSyntheticCorpus(content, SYNTHETIC);
  articleCount = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.md')).length;
  const result = await buildSite({ contentDir: content });
  expect(result.code, result.output).toBe(0);
  site = result.outDir;
  pages = loadPages(site);
}, 300_000);

const page = (path: string) => {
  const $ = pages.get(path);
  if (!$) throw new Error(`no page ${path}`);
  return $;
};
const archivePages = () => Math.ceil(articleCount / ARTICLE_LISTS.archivePage);
const archivePath = (n: number) => (n === 1 ? '/articles/' : `/articles/${n}/`);

describe('the home page of a large site', () => {
  it('lists only the latest articles, and links the archive', () => {
    const $ = page('/');
    const listed = $('.heading-wrap:has(#articles) + ul a[href^="/articles/"]');
    expect(listed.length).toBe(ARTICLE_LISTS.home);
    expect($(`main a[href="/articles/"]`).text()).toContain(`All ${articleCount} articles`);
  });

  it('stays within 15 KB gzip before any interaction', () => {
    expect(pageWeight(site, '').total.gzip).toBeLessThanOrEqual(15 * KB);
  });
});

describe('the archive', () => {
  it('pages through every article exactly once, newest first', () => {
    expect(archivePages()).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    for (let n = 1; n <= archivePages(); n++)
      page(archivePath(n))('main .card-list a').each((_, a) => void seen.push(page(archivePath(n))(a).attr('href')!));
    expect(seen.length).toBe(articleCount);
    expect(new Set(seen).size).toBe(articleCount);
    expect(pages.has(archivePath(archivePages() + 1))).toBe(false);
  });

  it('links each page to the one before and after it, in the head and in the page', () => {
    for (let n = 1; n <= archivePages(); n++) {
      const $ = page(archivePath(n));
      const prev = n > 1 ? archivePath(n - 1) : undefined;
      const next = n < archivePages() ? archivePath(n + 1) : undefined;
      expect($('head link[rel="prev"]').attr('href'), `page ${n}`).toBe(prev);
      expect($('head link[rel="next"]').attr('href'), `page ${n}`).toBe(next);
      expect($('nav.pager a[rel="prev"]').attr('href'), `page ${n}`).toBe(prev);
      expect($('nav.pager a[rel="next"]').attr('href'), `page ${n}`).toBe(next);
      expect($('nav.pager').text()).toContain(`Page ${n} of ${archivePages()}`);
    }
  });

  it('keeps every archive page within 20 KB gzip', () => {
    for (let n = 1; n <= archivePages(); n++)
      expect(pageWeight(site, archivePath(n).slice(1, -1)).total.gzip, archivePath(n)).toBeLessThanOrEqual(20 * KB);
  });
});

describe('back-lists ("cited in", "mentioned in")', () => {
  it('show the first few and count the rest', () => {
    let cut = 0;
    for (const [path, $] of pages)
      $('.backlinks').each((_, list) => {
        const items = $(list).find('li').length;
        expect(items, path).toBeLessThanOrEqual(12);
        const more = /and (\d+) more/.exec($(list).text());
        if (more) cut += 1;
      });
    // The corpus is large enough that some lists are cut: the bound is exercised.
    expect(cut).toBeGreaterThan(0);
  });

  it.each(['glossary', 'people', 'timeline', 'sources/bloomberg-us-role'])('leave /%s/ within 20 KB gzip', (path) => {
    expect(pageWeight(site, path).total.gzip).toBeLessThanOrEqual(20 * KB);
  });
});
