/**
 * The few words the Markdown plugins write into a page themselves, in each edition's language (the pages'
 * own interface words are in src/i18n/).
 */
import type { Lang } from '../i18n/languages.ts';

export const MARKDOWN_WORDS: Record<
  Lang,
  { source: string; sentences: (from: number, to: number) => string; sectionLink: string }
> = {
  en: {
    source: 'Source ',
    sentences: (from, to) => (from === to ? `sentence ${from}` : `sentences ${from}–${to}`),
    sectionLink: 'Link to section: ',
  },
  uk: {
    source: 'Джерело ',
    sentences: (from, to) => (from === to ? `речення ${from}` : `речення ${from}–${to}`),
    sectionLink: 'Посилання на розділ: ',
  },
};
