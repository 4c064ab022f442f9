/**
 * A site with a Ukrainian edition (tests/fixtures/uk-edition: every file translated): every page kind
 * under /uk/, each page's language in its <html>, hreflang alternates both ways, og:locale, the
 * language switch in the header, the sitemap's alternates, the Ukrainian feed, Ukrainian words and
 * dates on the pages, sharing cards with the Ukrainian title. A site without content/uk/ has none of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { loadPages } from '../helpers/site.ts';
import { shareCardsFor } from '../../src/publish/share-cards/card.ts';
import { listHtml } from '../../src/publish/built-site.ts';
import { nuCheck } from '../helpers/nu-checker.ts';

const SITE = 'https://london-talks.example.org';
let out: string;
let pages: Map<string, CheerioAPI>;
const page = (path: string) => {
  const $ = pages.get(path);
  if (!$) throw new Error(`no page ${path} in the build`);
  return $;
};
const isUk = (path: string) => path.startsWith('/uk/');
/** Pages with the same address in both editions (the source pages are shared, the 404 pages are not pages). */
const paired = () => [...pages.keys()].filter((p) => !p.startsWith('/sources/report/') && !p.endsWith('404.html'));

beforeAll(async () => {
  const site = await buildSite({ contentDir: copyFixture('uk-edition') });
  expect(site.code, site.output).toBe(0);
  out = site.outDir;
  pages = loadPages(out);
});

describe('the Ukrainian edition', () => {
  it('has every page kind under /uk/, and shares the English source pages', () => {
    const kinds = ['', 'articles/brief/', 'articles/', 'timeline/', 'glossary/', 'people/', 'compare/', 'talks/'];
    for (const p of [...kinds, 'sources/', 'search/', 'methods/', 'corrections/']) {
      expect(pages.has(`/${p}`), `/${p}`).toBe(true);
      expect(pages.has(`/uk/${p}`), `/uk/${p}`).toBe(true);
    }
    expect(pages.has('/404.html') && pages.has('/uk/404.html')).toBe(true);
    expect(existsSync(join(out, 'uk/404'))).toBe(false);
    for (const f of ['uk/feed.xml', 'uk/glossary/previews.json', 'uk/people/previews.json'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(pages.has('/sources/report/')).toBe(true);
    expect(pages.has('/uk/sources/report/')).toBe(false);
  });

  it('says each page’s language in <html lang>: uk under /uk/, en elsewhere (source pages too)', () => {
    for (const [path, $] of pages) expect($('html').attr('lang'), path).toBe(isUk(path) ? 'uk' : 'en');
  });

  it('links every page to its counterpart with hreflang en, uk and x-default, both ways', () => {
    for (const path of paired()) {
      const $ = page(path);
      const alt = (lang: string) => $(`head link[rel="alternate"][hreflang="${lang}"]`).attr('href');
      const english = path.replace(/^\/uk\//, '/');
      expect(alt('en'), path).toBe(`${SITE}${english}`);
      expect(alt('uk'), path).toBe(`${SITE}/uk${english}`);
      expect(alt('x-default'), path).toBe(`${SITE}${english}`);
      expect($('head link[rel="alternate"][hreflang]').length, path).toBe(3);
      // The counterpart exists and points back.
      const other = isUk(path) ? english : `/uk${english}`;
      expect(page(other)(`head link[hreflang="${isUk(path) ? 'uk' : 'en'}"]`).attr('href')).toBe(`${SITE}${path}`);
    }
    // A shared source page has no counterpart to announce.
    expect(page('/sources/report/')('head link[hreflang]').length).toBe(0);
  });

  it('gives og:locale and the other edition as og:locale:alternate', () => {
    for (const path of paired()) {
      const $ = page(path);
      expect($('meta[property="og:locale"]').attr('content'), path).toBe(isUk(path) ? 'uk_UA' : 'en_GB');
      expect($('meta[property="og:locale:alternate"]').attr('content'), path).toBe(isUk(path) ? 'en_GB' : 'uk_UA');
    }
  });

  it('puts a language switch in every header, to the counterpart page, marked with its language', () => {
    for (const [path, $] of pages) {
      const link = $('header.site-header a[data-lang-switch]');
      expect(link.length, path).toBe(1);
      const lang = isUk(path) ? 'en' : 'uk';
      expect(link.attr('hreflang'), path).toBe(lang);
      expect(link.attr('lang'), path).toBe(lang);
      expect(link.text().trim(), path).toBe(lang === 'uk' ? 'Українська' : 'English');
      const expected = path.startsWith('/sources/report/')
        ? '/uk/sources/'
        : path.endsWith('404.html')
          ? `${isUk(path) ? '' : '/uk'}/404.html`
          : isUk(path)
            ? path.slice(3)
            : `/uk${path}`;
      expect(link.attr('href'), path).toBe(expected);
    }
  });

  it('links each edition’s feed and searches each edition’s pages', () => {
    for (const [path, $] of pages) {
      const prefix = isUk(path) ? '/uk' : '';
      expect($('head link[type="application/rss+xml"]').attr('href'), path).toBe(`${prefix}/feed.xml`);
      expect($('header form[role="search"]').attr('action'), path).toBe(`${prefix}/search/`);
    }
  });

  it('lists both editions in the sitemap, each URL with its xhtml:link alternates', () => {
    const xml = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url].flat() as Array<{
      loc: string;
      lastmod?: string;
      'xhtml:link'?: Array<{ '@_hreflang': string; '@_href': string }>;
    }>;
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    for (const p of ['/', '/articles/brief/', '/timeline/', '/compare/', '/methods/']) {
      for (const loc of [`${SITE}${p}`, `${SITE}/uk${p}`]) {
        const links = [byLoc.get(loc)?.['xhtml:link'] ?? []].flat();
        expect(Object.fromEntries(links.map((l) => [l['@_hreflang'], l['@_href']])), loc).toEqual({
          en: `${SITE}${p}`,
          uk: `${SITE}/uk${p}`,
          'x-default': `${SITE}${p}`,
        });
      }
    }
    // The Ukrainian article has the English one's last-modified date (its correction's date).
    expect(byLoc.get(`${SITE}/uk/articles/brief/`)?.lastmod).toBe(byLoc.get(`${SITE}/articles/brief/`)?.lastmod);
    expect(byLoc.get(`${SITE}/uk/articles/brief/`)?.lastmod).toMatch(/^2026-11-23/);
    expect(byLoc.get(`${SITE}/sources/report/`)?.['xhtml:link']).toBeUndefined();
    expect([...byLoc.keys()].filter((l) => /404|search/.test(l))).toEqual([]);
  });

  it('has a Ukrainian feed: Ukrainian titles, /uk/ links, the correction first', () => {
    const xml = readFileSync(join(out, 'uk/feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(feed.language).toBe('uk');
    expect(feed.title).toBe('Лондонські переговори: пояснюємо');
    const items = [feed.item].flat();
    expect(items[0].title).toBe('Виправлення: Коротко');
    expect(items[0].link).toBe(`${SITE}/uk/articles/brief/`);
    expect(items.map((i) => i.title)).toEqual(
      expect.arrayContaining(['Коротко', 'Переговори («незабаром», дату не вказано)']),
    );
    expect(items.map((i) => i.title)).toContain('Дзвінок після переговорів (21 квітня (рік не вказано))');
    for (const item of items) expect(item.link, item.title).toMatch(new RegExp(`^${SITE}/uk/`));
  });

  it('speaks Ukrainian on Ukrainian pages: skip link, contents, changes, correction, dates, archive', () => {
    const article = page('/uk/articles/brief/');
    expect(article('.skip-link').text().trim()).toBe('Перейти до основного вмісту');
    expect(article('title').text()).toBe('Коротко · Лондонські переговори');
    expect(article('#toc-title').text()).toBe('Зміст');
    expect(article('.changes summary').text()).toBe('Що змінилося');
    expect(article('.correction').text()).toContain('Виправлення, 23 листопада 2026 р.');
    expect(article('.correction strong').last().text()).toBe('Правильно:');
    expect(article('.article-head .meta').text()).toMatch(/^Оновлено 23 листопада 2026 р\. · 1 хв читання$/);
    expect(article('.kicker').text()).toBe('Огляд · Дипломатичні напрями');
    // Headings keep the English ids, so a section has one address in both editions.
    expect(
      article('.article-body h2')
        .map((_, h) => article(h).attr('id'))
        .get(),
    ).toEqual(
      page('/articles/brief/')('.article-body h2')
        .map((_, h) => page('/articles/brief/')(h).attr('id'))
        .get(),
    );
    const timeline = page('/uk/timeline/');
    expect(timeline('li:has(#talks) > .meta .when').first().text().trim()).toBe('«незабаром», дату не вказано');
    expect(timeline('li:has(#call) > .meta .when').first().text().trim()).toBe('21 квітня (рік не вказано)');
    expect(timeline('.legend').text()).toContain('Вказано день і місяць, рік не вказано');
    const compare = page('/uk/compare/');
    expect(compare('[data-status="conflict"]').first().text()).toContain('Джерела суперечать');
    expect(compare('.editor-note-label').text()).toBe('Примітка редакції');
    expect(page('/uk/')('.site-footer').text()).toContain('написано лише на основі одного тексту-джерела');
    expect(page('/uk/articles/')('h1').text()).toBe('Усі статті');
    expect(page('/uk/sources/')('.card-list a').attr('hreflang')).toBe('en');
    expect(page('/uk/sources/')('.card-list').text()).toContain('5 речень');
    expect(page('/uk/people/')('.label').first().text().trim()).toBe('Посада, ім’я не вказано');
    expect(page('/uk/404.html')('h1').text()).toBe('Сторінку не знайдено');
    expect(page('/uk/talks/')('.backlinks a').attr('href')).toMatch(/^\/uk\/articles\/brief\/#/);
  });

  it('links Ukrainian pages to Ukrainian pages, and citations to the shared sentences', () => {
    for (const [path, $] of pages) {
      if (!isUk(path)) continue;
      $('main a[href^="/"]').each((_, a) => {
        const href = $(a).attr('href')!;
        expect(href.startsWith('/uk/') || href.startsWith('/sources/'), `${path}: ${href}`).toBe(true);
      });
    }
  });

  it('serves Ukrainian previews of terms and people', () => {
    const glossary = JSON.parse(readFileSync(join(out, 'uk/glossary/previews.json'), 'utf8'));
    expect(glossary.talks.title).toBe('переговори');
    expect(glossary.talks.summary).toMatch(/^Зустрічі, на яких домовляються/);
    const people = JSON.parse(readFileSync(join(out, 'uk/people/previews.json'), 'utf8'));
    expect(people.delegate).toEqual({ title: 'Делегат', summary: 'Бере участь у переговорах' });
  });

  it('shares a Ukrainian article with a card of its own, drawn with its Ukrainian title', () => {
    const image = page('/uk/articles/brief/')('meta[property="og:image"]').attr('content')!;
    expect(image).toBe(`${SITE}/og/uk/brief.png`);
    const uk = readFileSync(join(out, 'og/uk/brief.png'));
    const en = readFileSync(join(out, 'og/brief.png'));
    expect(uk.subarray(1, 4).toString()).toBe('PNG');
    expect(uk.equals(en)).toBe(false);
    const card = shareCardsFor(copyFixture('uk-edition')).find((c) => c.slug === 'uk/brief')!.card;
    expect(card).toEqual({
      kicker: 'Огляд',
      title: 'Коротко',
      dek: 'Тестова стаття.',
      site: 'Лондонські переговори: пояснюємо',
    });
    expect(page('/uk/')('meta[property="og:image"]').attr('content')).toBe(`${SITE}/og/uk/site.png`);
    expect(existsSync(join(out, 'og/uk/site.png'))).toBe(true);
  });
});

describe('the Ukrainian pages’ HTML', () => {
  it('passes the W3C Nu HTML Checker', () => {
    const files = listHtml(out).filter((f) => f.includes('/uk/'));
    expect(files.length).toBeGreaterThanOrEqual(13);
    const problems = nuCheck(files).map((m) => `${m.url}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`);
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('a site without content/uk/', () => {
  it('publishes English only: no /uk/ pages, no alternates, no switch', async () => {
    const site = await buildSite({ contentDir: copyFixture('mini-site') });
    expect(site.code, site.output).toBe(0);
    const english = loadPages(site.outDir);
    expect([...english.keys()].filter(isUk)).toEqual([]);
    for (const [path, $] of english) {
      expect($('link[hreflang], meta[property="og:locale:alternate"], [data-lang-switch]').length, path).toBe(0);
      expect($('html').attr('lang'), path).toBe('en');
    }
    expect(readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('xhtml:link');
  });
});
