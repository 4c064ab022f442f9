/**
 * What Pagefind reads of a Ukrainian page (src/publish/search-records.ts): the text with its words' keys,
 * never inside markup, scripts or styles; entries and translated source sentences as records of their own.
 */
import { describe, expect, it } from 'vitest';
import { entryRecords, pageForIndex, translatedSentenceRecords } from '../../src/publish/search-records.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Т</title>` +
  `<script type="application/ld+json">{"name":"Києва"}</script><style>.Києва{}</style></head>` +
  `<body>${body}</body></html>`;

describe('pageForIndex', () => {
  it('gives a Ukrainian page’s words their keys in the text only', () => {
    const html = page(
      'uk',
      '<main data-pagefind-body><h2 id="kyiv" title="Києва">Делегація Києва</h2><p>У безпеці.</p></main>',
    );
    const indexed = pageForIndex(html, 'uk');
    expect(indexed).toContain('>Делегація Києва \u2063київ</h2>');
    expect(indexed).toContain('>У безпеці \u2063безпек.</p>');
    expect(indexed).toContain('title="Києва"');
    expect(indexed).toContain('{"name":"Києва"}');
    expect(indexed).toContain('.Києва{}');
  });

  it('leaves an English page as it is', () => {
    const html = page('en', '<main data-pagefind-body><p>Kyiv’s delegation</p></main>');
    expect(pageForIndex(html, 'en')).toBe(html);
  });
});

describe('entryRecords on a Ukrainian page', () => {
  it('indexes title, aliases and text with keys, in the Ukrainian index, with the English type key', () => {
    const html = page(
      'uk',
      '<ul><li class="entry" id="kyiv-leadership" data-search-entry="Person or body" ' +
        'data-search-aliases="уряд Києва">' +
        '<h2>Українське керівництво</h2><p>Говорить від імені Києва.</p></li></ul>',
    );
    const [record] = entryRecords(html, '/uk/people/');
    expect(record!.url).toBe('/uk/people/#kyiv-leadership');
    expect(record!.content).toContain('<html lang="uk">');
    expect(record!.content).toContain('data-pagefind-filter="type:Person or body"');
    expect(record!.content).toContain('уряд Києва \u2063київ');
    expect(record!.content).toContain('імені Києва \u2063київ.');
  });
});

describe('translatedSentenceRecords', () => {
  it('lands on the English sentence, from an address of the edition’s own', () => {
    const records = translatedSentenceRecords('/sources/kyiv-delegation/', 'uk', {
      short: 'Київський звіт',
      sentences: { s1: 'Делегація з Києва.', s2: 'Друге речення.' },
    });
    expect(records.map((r) => r.url)).toEqual([
      '/sources/kyiv-delegation/?lang=uk#s1',
      '/sources/kyiv-delegation/?lang=uk#s2',
    ]);
    expect(records[0]!.content).toContain('Київський звіт, речення 1');
    expect(records[0]!.content).toContain('data-pagefind-filter="source:Київський звіт"');
    expect(records[0]!.content).toContain('Делегація з Києва \u2063київ.');
  });
});
