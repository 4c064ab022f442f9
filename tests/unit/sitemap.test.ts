import { describe, expect, it } from 'vitest';
import { sitemapOptions } from '../../src/publish/sitemap.ts';

const ROOT = 'https://example.org/explainer/';
const item = (url: string) => ({ url });

function listed(urls: string[], dates: Record<string, string> = {}) {
  const options = sitemapOptions(ROOT, (path) => dates[path]);
  const kept = urls.filter((u) => options.filter!(u));
  return kept.map((u) => options.serialize!(item(u) as never) as { url: string; links?: unknown; lastmod?: string });
}

describe('the sitemap options', () => {
  it('leaves out the search and error pages of every edition, and addresses outside the base', () => {
    const urls = ['', 'search/', '404/', 'uk/', 'uk/search/', 'uk/404/', 'articles/search-tips/'].map((p) => ROOT + p);
    expect(listed([...urls, 'https://example.org/elsewhere/']).map((i) => i.url)).toEqual(
      ['', 'uk/', 'articles/search-tips/'].map((p) => ROOT + p),
    );
  });

  it('links a page to its other edition, in address order, with English as the default', () => {
    const [en, , alone] = listed([`${ROOT}glossary/`, `${ROOT}uk/glossary/`, `${ROOT}articles/only-english/`]);
    expect(en!.links).toEqual([
      { url: `${ROOT}glossary/`, lang: 'en' },
      { url: `${ROOT}uk/glossary/`, lang: 'uk' },
      { url: `${ROOT}glossary/`, lang: 'x-default' },
    ]);
    expect(alone!.links).toBeUndefined();
  });

  it("dates a page, and its translation, by the English page's path", () => {
    const [en, uk, undated] = listed([`${ROOT}articles/a/`, `${ROOT}uk/articles/a/`, `${ROOT}timeline/`], {
      'articles/a/': '2026-11-22',
    });
    expect(en!.lastmod).toBe('2026-11-22T00:00:00.000Z');
    expect(uk!.lastmod).toBe('2026-11-22T00:00:00.000Z');
    expect(undated!.lastmod).toBeUndefined();
  });
});
