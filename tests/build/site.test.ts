/**
 * The real site, built once by the global setup: every page there, every
 * citation resolving, the sources verbatim, the search index written.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { citationKey, isArticlePage, isArticlePageOfAnyEdition, loadPages } from '../helpers/site.ts';
import { ROOT } from '../helpers/build-site.ts';
import { RESERVED_IDS } from '../../src/markdown/heading-check.ts';

const siteDir = inject('siteDir');
let pages: Map<string, CheerioAPI>;
const page = (p: string) => {
  const $ = pages.get(p);
  if (!$) throw new Error(`no page ${p} in the build`);
  return $;
};
const contentFiles = (folder: string, ext = '.md') =>
  readdirSync(join(ROOT, 'content', folder)).filter((f) => f.endsWith(ext));

beforeAll(() => {
  pages = loadPages(siteDir);
});

describe('the built site', () => {
  it('has every page the product promises', () => {
    for (const p of ['/', '/timeline/', '/glossary/', '/people/', '/sources/', '/search/', '/404.html'])
      expect(pages.has(p), p).toBe(true);
    for (const f of contentFiles('articles')) expect(pages.has(`/articles/${f.slice(0, -3)}/`), f).toBe(true);
    for (const f of contentFiles('sources', '.txt')) expect(pages.has(`/sources/${f.slice(0, -4)}/`), f).toBe(true);
  });

  it('has content in every collection (a wrong loader path builds an empty site)', () => {
    expect(contentFiles('articles').length).toBeGreaterThanOrEqual(2);
    expect(page('/timeline/')('.timeline > li.entry').length).toBe(contentFiles('timeline').length);
    expect(page('/timeline/')('.timeline > li.entry').length).toBeGreaterThanOrEqual(5);
    expect(page('/glossary/')('li.entry').length).toBeGreaterThanOrEqual(8);
    expect(page('/people/')('li.entry').length).toBeGreaterThanOrEqual(5);
    expect(page('/')('.questions > li').length).toBeGreaterThan(0);
  });

  it('puts a search form in the header of every page, searching the page’s edition', () => {
    for (const [path, $] of pages) {
      const form = $('header.site-header form[role="search"]');
      expect(form.length, path).toBe(1);
      expect(form.attr('action'), path).toBe(path.startsWith('/uk/') ? '/uk/search/' : '/search/');
      expect(form.find('input[name="q"]').length, path).toBe(1);
      expect($(`label[for="${form.find('input').attr('id')}"]`).length, path).toBe(1);
    }
  });

  it('gives every article heading an id and a labelled link to itself', () => {
    let count = 0;
    for (const [path, $] of pages) {
      if (!isArticlePage(path)) continue;
      $('.article-body :is(h2, h3, h4)').each((_, h) => {
        const id = $(h).attr('id');
        expect(id, `${path} heading "${$(h).text()}"`).toMatch(/^[a-z0-9-]+$/);
        const link = $(h).next('a.anchor-link');
        expect(link.attr('href')).toBe(`#${id}`);
        expect(link.text()).toContain(`Link to section: ${$(h).text()}`);
        count++;
      });
    }
    expect(count).toBeGreaterThan(5);
  });

  it("shows an article's latest corrections at its top, the earlier ones at its end, each once, newest first", () => {
    let several = 0;
    for (const [path, $] of pages) {
      if (!isArticlePageOfAnyEdition(path)) continue;
      // The structured data lists every correction of the article.
      const listed = (JSON.parse($('script[type="application/ld+json"]').text()).correction ?? []) as Array<{
        datePublished: string;
      }>;
      const dateOf = (p: AnyNode) => $(p).find('time').attr('datetime')!;
      const top = $('.article-head .correction > p:has(time)').get().map(dateOf);
      const end = $('.article-body .earlier-corrections .correction > p:has(time)').get().map(dateOf);
      const newestFirst = listed
        .map((c) => c.datePublished)
        .sort()
        .reverse();
      expect([...top, ...end], path).toEqual(newestFirst);
      if (listed.length === 0) continue;
      // At the top, every correction of the latest day, and only those.
      expect(top, path).toEqual(newestFirst.filter((date) => date === newestFirst[0]));
      const link = $('.article-head .correction a[href="#earlier-corrections"]');
      const heading = $('.article-body .earlier-corrections h2#earlier-corrections');
      expect([link.length, heading.length], path).toEqual(end.length > 0 ? [1, 1] : [0, 0]);
      if (end.length > 0) {
        several += 1;
        // In the open, and a section a reader can link to.
        expect(heading.closest('details').length, path).toBe(0);
        expect(heading.next('a.anchor-link').attr('href'), path).toBe('#earlier-corrections');
      }
    }
    expect(several).toBeGreaterThan(0);
  });

  it("reserves every id an article page's layout uses, so no heading of a body can take it", () => {
    for (const [path, $] of pages) {
      if (!isArticlePageOfAnyEdition(path)) continue;
      const fromBody = (el: Parameters<typeof $>[0]) =>
        /^h[2-6]$/.test($(el).prop('tagName')!.toLowerCase()) && $(el).closest('.article-body').length > 0;
      // A moved section's old id (an anchor alias) was a heading's, as were the footnotes' of the body.
      const layout = $('[id]')
        .filter((_, el) => !fromBody(el) && !$(el).is('.anchor-alias') && !/^fn\d+$/.test($(el).attr('id')!))
        .map((_, el) => $(el).attr('id'))
        .get();
      for (const id of layout) expect(RESERVED_IDS.has(id), `${path}: #${id}`).toBe(true);
    }
  });

  it('resolves every citation to a sentence that exists on its source page', () => {
    let count = 0;
    for (const [path, $] of pages) {
      $('a.cite-link').each((_, a) => {
        const href = $(a).attr('href')!;
        const m = /^\/sources\/([a-z0-9-]+)\/#(s\d+)$/.exec(href);
        expect(m, `${path}: ${href}`).not.toBeNull();
        const source = page(`/sources/${m![1]}/`);
        const sentence = source(`#${m![2]}`);
        expect(sentence.length, `${path}: ${href}`).toBe(1);
        expect(sentence.hasClass('sentence')).toBe(true);
        // The preview loads the sentences the link names, starting with the one it links to.
        const [cited, ids] = citationKey($(a)).split('#');
        expect(cited).toBe(m![1]);
        expect(ids!.split(',')[0]).toBe(m![2]);
        for (const id of ids!.split(',')) expect(source(`#${id}.sentence`).length, `${path}: ${id}`).toBe(1);
        count++;
      });
    }
    expect(count).toBeGreaterThan(50);
  });

  it('shows each source verbatim, with an anchor on every paragraph and sentence', () => {
    for (const f of contentFiles('sources', '.txt')) {
      const id = f.slice(0, -4);
      const text = readFileSync(join(ROOT, 'content/sources', f), 'utf8');
      const $ = page(`/sources/${id}/`);
      const paragraphs = $('.source-text > p');
      const expected = text.split(/\r?\n/).filter((l) => l.trim() !== '');
      expect(paragraphs.length).toBe(expected.length);
      paragraphs.each((i, p) => {
        expect($(p).attr('id')).toBe(`p${i + 1}`);
        const clone = $(p).clone();
        clone.find('.sentence-num').remove();
        expect(clone.text()).toBe(expected[i]);
      });
      const ids = $('.source-text .sentence')
        .map((_, s) => $(s).attr('id'))
        .get();
      expect(ids).toEqual(ids.map((_, i) => `s${i + 1}`));
    }
    // The seeds the project was given are the sources, unchanged.
    const seeds = join(ROOT, '../shared/seeds');
    if (existsSync(seeds)) {
      const stored = contentFiles('sources', '.txt').map((f) => readFileSync(join(ROOT, 'content/sources', f), 'utf8'));
      for (const seed of readdirSync(seeds)) expect(stored).toContain(readFileSync(join(seeds, seed), 'utf8'));
    }
  });

  it('writes a Pagefind index from article bodies and marked entries only', () => {
    expect(existsSync(join(siteDir, 'pagefind/pagefind.js'))).toBe(true);
    for (const [path, $] of pages) {
      const body = $('[data-pagefind-body]');
      if (/^\/(uk\/)?articles\/[^/]+\/$/.test(path)) {
        expect(body.length, path).toBe(1);
        expect(body.find('.site-header, .site-footer, nav.site-nav').length, path).toBe(0);
      } else expect(body.length, path).toBe(0);
    }
    for (const p of ['/timeline/', '/glossary/', '/people/'])
      expect(page(p)('li.entry[data-search-entry]').length).toBe(page(p)('li.entry').length);
  });

  it('loads no search code on reading pages: Pagefind only on the search page', () => {
    for (const [path, $] of pages) {
      const code = $('script:not([type="application/ld+json"])');
      const text = code
        .map((_, s) => `${$(s).attr('src') ?? ''} ${$(s).html()}`)
        .get()
        .join('\n');
      if (path === '/search/' || path === '/uk/search/') expect(text).toMatch(/search/);
      else {
        expect(text, path).not.toMatch(/pagefind/i);
        // The theme snippet in <head> (so the first paint has the stored theme) and one small module.
        expect(code.filter((_, s) => !$(s).attr('src')).length, path).toBe(1);
        expect(code.filter((_, s) => !$(s).attr('src')).html()!.length, path).toBeLessThan(200);
        expect(code.filter((_, s) => Boolean($(s).attr('src'))).length, path).toBe(1);
      }
    }
  });

  it("publishes each source's sentences for citation previews, word for word as on its page", () => {
    for (const f of contentFiles('sources', '.txt')) {
      const id = f.slice(0, -4);
      const json = JSON.parse(readFileSync(join(siteDir, 'sources', id, 'sentences.json'), 'utf8')) as {
        title: string;
        sentences: Record<string, string>;
      };
      const $ = page(`/sources/${id}/`);
      expect(json.title).toBe($('h1').text());
      const onPage = $('.sentence')
        .map((_, el) => [[$(el).attr('id'), $(el).text()]])
        .get() as unknown as Array<[string, string]>;
      expect(Object.entries(json.sentences)).toEqual(onPage);
    }
  });

  it('publishes a preview for every term and person a page links to', () => {
    const previews = {
      glossary: JSON.parse(readFileSync(join(siteDir, 'glossary', 'previews.json'), 'utf8')) as Record<
        string,
        { title: string; summary: string }
      >,
      people: JSON.parse(readFileSync(join(siteDir, 'people', 'previews.json'), 'utf8')) as Record<
        string,
        { title: string; summary: string }
      >,
    };
    let count = 0;
    for (const [path, $] of pages) {
      $('a.ref-glossary, a.ref-people').each((_, a) => {
        const kind = $(a).hasClass('ref-glossary') ? 'glossary' : 'people';
        const id = decodeURIComponent($(a).attr('href')!.split('#')[1]!);
        const preview = previews[kind][id];
        expect(preview, `${path}: ${kind}:${id}`).toBeDefined();
        expect(preview!.summary.length).toBeGreaterThan(10);
        // The entry the link lands on is the one previewed.
        expect($(a).attr('href')).toMatch(new RegExp(`/${kind}/#${id}$`));
        count++;
      });
    }
    expect(count).toBeGreaterThan(20);
    // A term's preview is the definition its glossary entry opens with.
    const glossary = page('/glossary/');
    for (const [id, p] of Object.entries(previews.glossary))
      expect(glossary(`[id="${id}"]`).text().replace(/\s+/g, ' '), id).toContain(p.title);
  });

  it('cites without copying: no page but a source page carries a source sentence', () => {
    const sentences = contentFiles('sources', '.txt').flatMap((f) =>
      Object.values(
        (
          JSON.parse(readFileSync(join(siteDir, 'sources', f.slice(0, -4), 'sentences.json'), 'utf8')) as {
            sentences: Record<string, string>;
          }
        ).sentences,
      ),
    );
    for (const [path, $] of pages) {
      if (path.startsWith('/sources/')) continue;
      const text = $('body').text();
      for (const sentence of sentences)
        expect(text.includes(sentence), `${path} quotes "${sentence.slice(0, 50)}…"`).toBe(false);
    }
  });

  it('gives every article citation a numbered footnote naming the source sentence, which describes the link', () => {
    for (const [path, $] of pages) {
      if (!isArticlePage(path)) continue;
      const cites = $('.article-body a.cite-link');
      const notes = $('.print-notes li');
      expect($('.print-notes-title').text(), path).toContain('https://london-talks.example.org');
      expect(cites.length, path).toBeGreaterThan(0);
      // One footnote per cited passage; citing it again reuses the number.
      expect(notes.length, path).toBe(new Set(cites.map((_, a) => citationKey($(a))).get()).size);
      cites.each((_, a) => {
        const note = $(`[id="${$(a).attr('aria-describedby')}"]`);
        expect(note.closest('.print-notes').length, `${path}: ${citationKey($(a))}`).toBe(1);
        expect(note.index() + 1).toBe(Number($(a).text().replace(/\D/g, '')));
        const [, first] = /#(s\d+)/.exec(citationKey($(a)))!;
        expect(note.text()).toMatch(new RegExp(`, sentences? ${first!.slice(1)}\\b`));
        // The footnote links the sentence; print shows its address after the site's, given once.
        expect(note.find('a').attr('href')).toBe($(a).attr('href'));
      });
    }
  });
});
