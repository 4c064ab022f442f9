/**
 * What publishers and aggregators read: the feed, the sitemap, canonical
 * URLs, sharing cards (Open Graph and Twitter), JSON-LD, security headers.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadPages } from '../helpers/site.ts';
import { ROOT } from '../helpers/build-site.ts';

const dir = inject('siteDir');
const SITE = 'https://london-talks.example.org';
const pages = loadPages(dir);
const articleIds = readdirSync(join(ROOT, 'content/articles'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));

describe('the feed', () => {
  const xml = readFileSync(join(dir, 'feed.xml'), 'utf8');
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
  const items = [feed.item].flat();

  it('is valid XML, linked from every page head (a Ukrainian page links the Ukrainian feed)', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const [path, $] of pages)
      expect($('head link[rel="alternate"][type="application/rss+xml"]').attr('href'), path).toBe(
        path.startsWith('/uk/') ? '/uk/feed.xml' : '/feed.xml',
      );
  });

  it('lists every article and timeline event with absolute URLs and dates', () => {
    const events = readdirSync(join(ROOT, 'content/timeline')).filter((f) => f.endsWith('.md')).length;
    // Corrections come as items of their own (tests/build/corrections-and-speakers.test.ts).
    expect(items.filter((i) => !i.title.startsWith('Correction: '))).toHaveLength(articleIds.length + events);
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${SITE}/`));
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.title.length).toBeGreaterThan(0);
    }
    expect(Date.parse(feed.lastBuildDate)).toBeGreaterThan(0);
  });
});

describe('the sitemap', () => {
  it('lists every content page with absolute URLs, and not the search page', () => {
    const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const id of articleIds) expect(urls).toContain(`${SITE}/articles/${id}/`);
    for (const p of ['/', '/timeline/', '/glossary/', '/people/', '/sources/']) expect(urls).toContain(`${SITE}${p}`);
    expect(urls.some((u) => u.includes('/search/'))).toBe(false);
    expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('one modified date per article', () => {
  it('gives the same date in JSON-LD dateModified, the visible "Updated" and the sitemap lastmod', () => {
    const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const lastmod = new Map(
      [...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1]!, m[2]!.slice(0, 10)]),
    );
    for (const id of articleIds) {
      const $ = pages.get(`/articles/${id}/`)!;
      const ld = JSON.parse($('script[type="application/ld+json"]').text());
      const visible = $('.article-head .meta time').attr('datetime');
      expect([ld.dateModified, visible, lastmod.get(`${SITE}/articles/${id}/`)], id).toEqual([
        ld.dateModified,
        ld.dateModified,
        ld.dateModified,
      ]);
      // A correction is listed in the structured data as well as on the page (the latest at the top, the earlier
      // ones at the end).
      expect((ld.correction ?? []).length, id).toBe($('.correction p:has(time)').length);
    }
  });
});

describe('every page', () => {
  it('has a canonical URL, Open Graph and Twitter meta with an image that exists', () => {
    for (const [path, $] of pages) {
      if (path.endsWith('/404.html')) continue;
      expect($('link[rel="canonical"]').attr('href'), path).toBe(`${SITE}${path}`);
      for (const p of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type'])
        expect($(`meta[property="${p}"]`).attr('content'), `${path} ${p}`).toBeTruthy();
      // X/Twitter falls back to the Open Graph title, description and image; it needs only its card type.
      expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary_large_image');
      const image = $('meta[property="og:image"]').attr('content')!;
      expect(image.startsWith(`${SITE}/og/`)).toBe(true);
      expect(existsSync(join(dir, image.slice(SITE.length)))).toBe(true);
    }
  });

  it('names no canonical address on a 404 page, which a host serves at any missing address', () => {
    const notFound = [...pages.keys()].filter((p) => p.endsWith('/404.html'));
    expect(notFound).toEqual(expect.arrayContaining(['/404.html', '/uk/404.html']));
    for (const path of notFound) {
      expect(pages.get(path)!('link[rel="canonical"], meta[property="og:url"]').length, path).toBe(0);
      expect(pages.get(path)!('meta[property="og:title"]').attr('content'), path).toBeTruthy();
    }
  });

  it('gives each article its own share card, a PNG of 1200×630', () => {
    for (const id of articleIds) {
      const $ = pages.get(`/articles/${id}/`)!;
      expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}/og/${id}.png`);
      expect($('meta[property="og:type"]').attr('content')).toBe('article');
      const png = readFileSync(join(dir, 'og', `${id}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      // Linked from the build cache (same file system here), not copied: thousands of cards on a big site.
      expect(statSync(join(dir, 'og', `${id}.png`)).nlink, id).toBeGreaterThan(1);
    }
  });
});

describe('structured data', () => {
  const ld = (path: string) => JSON.parse(pages.get(path)!('script[type="application/ld+json"]').html()!);

  it('describes each article as a NewsArticle citing the sources', () => {
    const sources = readdirSync(join(ROOT, 'content/sources')).filter((f) => f.endsWith('.txt')).length;
    for (const id of articleIds) {
      const data = ld(`/articles/${id}/`);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(pages.get(`/articles/${id}/`)!('h1').text());
      expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.publisher.name).toBeTruthy();
      expect(data.image[0]).toMatch(/\.png$/);
      expect(data.citation).toHaveLength(sources);
      for (const c of data.citation) expect(c.url).toMatch(new RegExp(`^${SITE}/sources/[a-z0-9-]+/$`));
    }
  });

  it('describes the site with a SearchAction that points at /search/?q=', () => {
    const data = ld('/');
    expect(data['@type']).toBe('WebSite');
    expect(data.potentialAction['@type']).toBe('SearchAction');
    expect(data.potentialAction.target.urlTemplate).toBe(`${SITE}/search/?q={search_term_string}`);
    expect(data.potentialAction['query-input']).toBe('required name=search_term_string');
  });
});

describe('updates made visible', () => {
  it('each article shows when it was updated, its reading time and what changed', () => {
    for (const id of articleIds) {
      const $ = pages.get(`/articles/${id}/`)!;
      expect($('.article-head time').first().attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect($('.article-head').text()).toMatch(/\d+ min read/);
      expect($('.changes li').length).toBeGreaterThan(0);
    }
    expect(pages.get('/')!('main').text()).toMatch(/As of \d+ \w+ \d{4}/);
  });
});

describe('security', () => {
  it('every page carries a Content Security Policy without unsafe-inline scripts', () => {
    for (const [path, $] of pages) {
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, path).toMatch(/script-src [^;]*'self'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, path).not.toMatch(/style-src[^;]*'unsafe-inline'/);
      expect(csp, path).toMatch(/object-src 'none'/);
      // The policy comes before anything it governs.
      expect($('head').children().index($('meta[http-equiv="content-security-policy"]')), path).toBeLessThan(
        $('head script, head link[rel="stylesheet"]').first().index(),
      );
    }
  });

  it('allows each inline script that runs by its hash, and has no inline styles to allow', () => {
    for (const [path, $] of pages) {
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      $('script:not([src])').each((_, el) => {
        const type = $(el).attr('type');
        if (type && type !== 'module' && type !== 'text/javascript') return; // data such as JSON-LD never runs
        const digest = createHash('sha256').update($(el).text()).digest('base64');
        expect(csp, `${path}: inline script "${$(el).text().slice(0, 40)}"`).toContain(`'sha256-${digest}'`);
      });
      expect($('style').length, path).toBe(0);
    }
  });

  it('ships a _headers file with the headers a static news site should send', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    for (const h of [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy',
      'Strict-Transport-Security',
      "frame-ancestors 'none'",
      'Permissions-Policy',
    ])
      expect(headers).toContain(h);
  });

  it('marks every external link noopener noreferrer', () => {
    for (const [path, $] of pages) {
      $('a[href^="http"]').each((_, a) => {
        if (!$(a).attr('href')!.startsWith(SITE))
          expect($(a).attr('rel'), `${path} ${$(a).attr('href')}`).toMatch(/noopener.*noreferrer|noreferrer.*noopener/);
      });
    }
  });
});
