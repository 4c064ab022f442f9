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
import * as cheerio from 'cheerio/slim';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { withKeys } from '../scripts/search/uk-words.ts';
import { indexBody } from './index-body.ts';
import { MARKDOWN_WORDS } from '../markdown/words.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/languages.ts';

export interface SearchRecord {
  /** Where the result lands: the listing page and the entry's anchor. */
  url: string;
  /** A minimal HTML document for Pagefind's `addHTMLFile`. */
  content: string;
}

/**
 * What search never indexes, wherever it is: a citation's number and a section's copy-link (their
 * visually hidden words, "Source 1", "Link to section: …", would be found otherwise). Pagefind is given
 * these selectors (pagefind.ts) rather than a data-pagefind-ignore on each of the many links.
 */
export const UNINDEXED = ['.cite-link', '.anchor-link'];

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

/**
 * What search indexes of a built page at `url` (site-relative, without the base): the page itself when it
 * marks a `data-pagefind-body` (in its edition's words), and each entry it lists.
 */
export function pageRecords(url: string, html: string): { page?: SearchRecord; entries: SearchRecord[] } {
  const lang = LANGS.find((l) => l !== DEFAULT_LANG && url.startsWith(`/${l}/`)) ?? DEFAULT_LANG;
  return {
    page: html.includes('data-pagefind-body') ? { url, content: pageForIndex(indexBody(html), lang) } : undefined,
    entries: html.includes('data-search-entry') ? entryRecords(html, url) : [],
  };
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
    body.find(['[data-pagefind-ignore]', ...UNINDEXED, '.visually-hidden', 'h2', 'h3'].join(', ')).remove();
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
    records.push({
      url: `${pageUrl}#${id}`,
      content: recordHtml({
        lang,
        type,
        title,
        aliases,
        text,
        topics,
        sources,
        // Names and terms outrank events; verbatim source text ranks below our own entries.
        titleWeight: entry.attr('data-search-weight') ?? '10',
        bodyWeight: entry.attr('data-search-body-weight') ?? '1',
      }),
    });
  });
  return records;
}

/** One entry as a minimal HTML document for Pagefind: its type, filters, weighted title, aliases and text. */
function recordHtml(r: {
  lang: string;
  type: string;
  title: string;
  aliases: string;
  text: string;
  topics: string[];
  sources: string[];
  titleWeight: string;
  bodyWeight: string;
}): string {
  const main = h(
    'main',
    { dataPagefindBody: '', dataPagefindFilter: `type:${r.type}`, dataPagefindMeta: `type:${r.type}` },
    [
      ...r.topics.map((t) => h('span', { dataPagefindFilter: `topic:${t}` })),
      ...r.sources.map((s) => h('span', { dataPagefindFilter: `source:${s}` })),
      h('h1', { dataPagefindWeight: r.titleWeight }, indexText(r.title, r.lang)),
      // The text before the other names: an excerpt that opens on the title goes on with what the entry says
      // (the results leave the title out of it, src/scripts/search/excerpt-lead.ts).
      h('p', { dataPagefindWeight: r.bodyWeight }, indexText(r.text, r.lang)),
      r.aliases ? h('p', { dataPagefindWeight: '5' }, indexText(r.aliases, r.lang)) : undefined,
    ].filter((node) => node !== undefined),
  );
  const page = h(null, [
    { type: 'doctype' },
    h('html', { lang: r.lang }, [h('head', [h('title', r.title)]), h('body', [main])]),
  ]);
  return toHtml(page);
}

/**
 * Source sentences for the search of another edition: the source pages are English, so a Ukrainian reader
 * finds a sentence by our translation of it (sentences.json's `uk`), landing on the English sentence. The
 * address says which edition the reader came from (`?lang=uk`): Pagefind keeps one record per address, and
 * the English index has the sentence at the plain one.
 */
export function translatedSentenceRecords(
  sourceUrl: string,
  lang: string,
  edition: { short: string; sentences: Record<string, string> },
): SearchRecord[] {
  return Object.entries(edition.sentences).map(([id, text]) => ({
    url: `${sourceUrl}?lang=${lang}#${id}`,
    content: recordHtml({
      lang,
      type: 'Source',
      title: `${edition.short}, ${MARKDOWN_WORDS[lang as Lang].sentences(Number(id.slice(1)), Number(id.slice(1)))}`,
      aliases: '',
      text,
      topics: [],
      sources: [edition.short],
      // As the English sentences (src/pages/sources/[id].astro): below our own entries.
      titleWeight: '1',
      bodyWeight: '0.5',
    }),
  }));
}
