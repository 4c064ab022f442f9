/**
 * Timeline events, glossary terms, people and source sentences are found by
 * search as entries of their own, each landing on its anchor. The pages that
 * list them mark each with `data-search-entry="<type>"`; this turns every
 * marked element into a small HTML document for Pagefind, with the title
 * (term, name, event) weighted above the text, and the filters it belongs to
 * (`data-search-topics`, `data-search-sources`: values separated by "|").
 *
 * Ukrainian pages are indexed with each word's key beside it where no prefix search would find the word
 * (src/scripts/search/uk-words.ts): their entries here, their articles through `pageForIndex`.
 */
import * as cheerio from 'cheerio';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { withKeys } from '../scripts/search/uk-words.ts';

export interface SearchRecord {
  /** Where the result lands: the listing page and the entry's anchor. */
  url: string;
  /** A minimal HTML document for Pagefind's `addHTMLFile`. */
  content: string;
}

/** Text as the index of its language reads it. */
export const indexText = (text: string, lang: string): string => (lang === 'uk' ? withKeys(text) : text);

/** A page as the index of its language reads it: for Ukrainian, every text outside scripts and styles with its keys. */
export function pageForIndex(html: string, lang: string): string {
  if (lang !== 'uk') return html;
  return html.replace(
    /(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)(?=<)/gi,
    (all, code?: string, _tag?: string, text?: string) => (code ? all : `>${withKeys(text!)}`),
  );
}

export function entryRecords(html: string, pageUrl: string): SearchRecord[] {
  const $ = cheerio.load(html);
  const lang = $('html').attr('lang') ?? 'en';
  const records: SearchRecord[] = [];
  $('[data-search-entry]').each((_, el) => {
    const entry = $(el);
    const type = entry.attr('data-search-entry')!;
    const heading = entry.find('h2, h3').first();
    const id = entry.attr('id') ?? heading.attr('id');
    if (!id) return;
    const title = entry.attr('data-search-title') ?? heading.text().trim();
    const aliases = entry.attr('data-search-aliases') ?? '';
    const body = entry.clone();
    body.find('[data-pagefind-ignore], .anchor-link, .visually-hidden, h2, h3').remove();
    // Blocks end with a space, so excerpts never run two paragraphs' words together, and a
    // block that is not a sentence (a role, a date line) with a full stop, so it never runs into the next.
    body.find('p, li, div, dd, dt, blockquote').each((_, el) => {
      const block = $(el);
      block.append(/[.!?:;…]["'’”)]*\s*$/u.test(block.text()) || block.text().trim() === '' ? ' ' : '. ');
    });
    const text = body.text().replace(/\s+/g, ' ').trim();
    const topics = (entry.attr('data-search-topics') ?? '').split('|').filter(Boolean);
    // Sentences share their source's: the attribute may sit on an enclosing element.
    const sources = (entry.closest('[data-search-sources]').attr('data-search-sources') ?? '')
      .split('|')
      .filter(Boolean);
    // Names and terms outrank events; verbatim source text ranks below our own entries.
    const titleWeight = entry.attr('data-search-weight') ?? '10';
    const bodyWeight = entry.attr('data-search-body-weight') ?? '1';
    const main = h(
      'main',
      { dataPagefindBody: '', dataPagefindFilter: `type:${type}`, dataPagefindMeta: `type:${type}` },
      [
        ...topics.map((t) => h('span', { dataPagefindFilter: `topic:${t}` })),
        ...sources.map((s) => h('span', { dataPagefindFilter: `source:${s}` })),
        h('h1', { dataPagefindWeight: titleWeight }, indexText(title, lang)),
        aliases ? h('p', { dataPagefindWeight: '5' }, indexText(aliases, lang)) : undefined,
        h('p', { dataPagefindWeight: bodyWeight }, indexText(text, lang)),
      ].filter((node) => node !== undefined),
    );
    const page = h(null, [
      { type: 'doctype' },
      h('html', { lang }, [h('head', [h('title', title)]), h('body', [main])]),
    ]);
    records.push({ url: `${pageUrl}#${id}`, content: toHtml(page) });
  });
  return records;
}
