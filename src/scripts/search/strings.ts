/**
 * What search says to a reader, and how it reads a query, in one language. English is built in; another
 * language's pack (ukrainian.ts) loads on first use on that edition's pages only, so English pages never
 * download it. Filter values (types, topics, sources) stay as the index has them: they are the keys of a
 * shareable search URL, and a pack only shows them in its own words.
 */
import {
  ENGLISH_ASKING,
  answersEnglish,
  englishKey,
  englishQuery,
  isEnglishFormOf,
  withoutAskingWords,
} from './query.ts';

export interface Strings {
  dialogTitle: string;
  close: string;
  closeHidden: string;
  boxLabel: string;
  fullPage: string;
  /** `Filter by type`, … for the filter groups type, topic and source. */
  filterBy: Record<string, string>;
  /** A type as the index has it (`Glossary term`) in the reader's words; unknown values are shown as they are. */
  type: (value: string) => string;
  sectionsOf: (title: string) => string;
  showMore: (left: number) => string;
  needsLetters: string;
  typeAWord: string;
  needsBuild: string;
  unavailable: string;
  noResultsFiltered: (query: string) => string;
  noResults: (query: string) => string;
  results: (total: number, query: string, filtered: boolean, loosenedTo?: string, missing?: string[]) => string;
  highlighted: (words: string[]) => string;
  clearHighlights: string;
}

export interface LanguagePack {
  lang: string;
  strings: Strings;
  /** The query as the index is searched: Ukrainian reduces each word to the stem its case forms begin with. */
  query: (query: string) => string;
  /** Text from the index (a title, an excerpt with <mark>s) as the reader sees it. */
  clean: (html: string) => string;
  /** Whether a word on a page is a form of a searched word, for highlighting it. */
  isFormOf: (word: string, searched: string) => boolean;
  /**
   * Whether a word a result marks answers a searched word: a form of it, not another word that only begins the
   * same (telling a result from scraps). `alone`: the searched word is the query's only one.
   */
  answers: (word: string, searched: string, alone: boolean) => boolean;
  /** A word as a misspelling of another is told by (typos.ts): English in lower case, Ukrainian as its key. */
  key: (word: string) => string;
  /** Words that only make a query a question or a sentence: left out of the search and the page's marks. */
  asking: ReadonlySet<string>;
}

export const english: LanguagePack = {
  lang: 'en',
  strings: {
    dialogTitle: 'Search',
    close: 'Close',
    closeHidden: ' search',
    boxLabel: 'Search articles, timeline, glossary, people and sources',
    fullPage: 'Open the full search page',
    filterBy: { type: 'Filter by type', topic: 'Filter by topic', source: 'Filter by source' },
    type: (value) => value,
    sectionsOf: (title) => `Matching sections of ${title}`,
    showMore: (left) => `Show more results (${left} more)`,
    needsLetters: 'Search needs letters or numbers. Try a name or a word, for example Crimea, sanctions or Witkoff.',
    typeAWord: 'Type a word or name to search, for example Crimea, sanctions or Witkoff.',
    // Only `npm run dev` says this: the built site's code leaves the words out.
    needsBuild: import.meta.env.EXPLAINER_DEV_SERVER
      ? 'Search needs a built index: run "npm run build" once (the dev server then searches the last build).'
      : '',
    unavailable:
      'Search is unavailable: the search index could not be loaded. Browse the timeline, glossary or articles instead.',
    noResultsFiltered: (q) => `No results for “${q}” with the selected filters. Untick a filter to see the others.`,
    noResults: (q) =>
      `No results for “${q}”. Check the spelling, try one word ` +
      '(a name, a place or a term such as “sanctions”), or browse the glossary.',
    results: (total, q, filtered, loosenedTo, missing) =>
      `${total} result${total === 1 ? '' : 's'} for “${q}”${filtered ? ' with the selected filters' : ''}` +
      `${loosenedTo ? ` (no exact match; showing close matches for “${loosenedTo}”)` : ''}` +
      `${missing ? ` (no page has ${missing.map((w) => `“${w}”`).join(' or ')})` : ''}.`,
    highlighted: (words) => `Search words highlighted: ${words.join(', ')}. `,
    clearHighlights: 'Clear highlights',
  },
  query: (query) => withoutAskingWords(englishQuery(query), ENGLISH_ASKING),
  clean: (html) => html,
  isFormOf: isEnglishFormOf,
  answers: answersEnglish,
  key: englishKey,
  asking: ENGLISH_ASKING,
};
