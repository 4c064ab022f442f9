/**
 * Ukrainian words for search. Pagefind has no Ukrainian stemmer, but it matches word prefixes: a query
 * reduced to the stem every case form begins with («санкціями» → «санкц») finds «санкції», «санкцій» and
 * «санкціях» as written. Where the stem itself changes inside a word (безпека → у безпеці, Київ → Києва),
 * no prefix is shared, so the index also carries, after such a word, its key: the common form the query is
 * reduced to as well (an invisible-separator-marked word that the results view removes again).
 *
 * Used on both sides: by the build (src/publish/pagefind.ts) and by the reader's browser (the Ukrainian
 * language pack, loaded only on Ukrainian pages).
 */
import { stemmer } from '@orama/stemmers/ukrainian';

/** Marks a key Pagefind indexes after a word: INVISIBLE SEPARATOR, stripped from results before display. */
export const KEY_MARK = '\u2063';

/** The letters of a Ukrainian word (with the apostrophe and inner hyphens), as Pagefind's words are split. */
export const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;

/** Stems whose vowel alternates with the case (Київ, Києва, Києві): both forms get the nominative's key. */
const ALTERNATING: Record<string, string> = { києв: 'київ', харков: 'харків', львов: 'львів' };

/** Before -і in the dative and locative, к, г and х become ц, з and с: «у безпеці» (безпека), «на дорозі». */
const SOFTENED: Record<string, string> = { ц: 'к', з: 'г', с: 'х' };

/** Keys already worked out: a build indexes the same few thousand words over and over. */
const known = new Map<string, string>();

/**
 * The key of a word: the stem its common case forms share, lower case, with one apostrophe. Short words
 * (НАТО, США, Крим) and words that are not Cyrillic are kept whole.
 */
export function ukKey(word: string): string {
  let key = known.get(word);
  if (key === undefined) known.set(word, (key = keyOf(word.toLowerCase().replace(/['ʼ]/g, '’'))));
  return key;
}

function keyOf(w: string): string {
  if (w.length <= 4 || !/[а-яіїєґ]/.test(w)) return w;
  let stem: string = stemmer(w);
  if (ALTERNATING[stem]) return ALTERNATING[stem]!;
  // -ії, -ій, -ію and -ія share «санкц»; the stemmer leaves «санкці» for some and «санкц» for others.
  while (stem.length > 4 && /[іїйєь’]$/.test(stem)) stem = stem.slice(0, -1);
  const last = stem.at(-1)!;
  if (SOFTENED[last] && stem.length >= 5 && /[цзс]і$/.test(w)) stem = stem.slice(0, -1) + SOFTENED[last];
  // -ість keeps -іст- only in the nominative (цілісність, цілісності): the key is the nominative's.
  else if (/ост$/.test(stem) && /ост(і|ей|ям|ями|ях)$/.test(w)) stem = stem.slice(0, -3) + 'іст';
  // The -е- of -ець drops in the other cases (посланець, посланця): the key is theirs.
  else if (/ец$/.test(stem) && /ець$/.test(w)) stem = stem.slice(0, -2) + 'ц';
  // A doubled consonant in the instrumental (зустріччю, сіллю) is single elsewhere.
  else if (/(.)\1$/.test(stem) && /(.)\1ю$/.test(w)) stem = stem.slice(0, -1);
  // A stem shorter than three letters would match far too many words (the stemmer cuts «Київ» to «ки»).
  return stem.length >= 3 ? stem : w;
}

/** Whether a word, as written, is found by a prefix search for its key; only words that are not need it indexed. */
export const keyIsPrefix = (word: string): boolean => word.toLowerCase().replace(/['ʼ]/g, '’').startsWith(ukKey(word));

/** Text as the Ukrainian index reads it: each word whose key is not its prefix is followed by that key. */
export function withKeys(text: string): string {
  return text.replace(WORD, (word) => (keyIsPrefix(word) ? word : `${word} ${KEY_MARK}${ukKey(word)}`));
}

/**
 * Text from the index as a reader sees it again: the keys removed. A key Pagefind marked as a match
 * passes its <mark> to the word it follows.
 */
export function withoutKeys(text: string): string {
  return text
    .replace(/(<mark>[^<]*<\/mark>|[^\s<>]+)? ?<mark>\u2063[^\s<]*<\/mark>/g, (_, word?: string) =>
      !word || word.startsWith('<mark>') ? (word ?? '') : `<mark>${word}</mark>`,
    )
    .replace(/ ?\u2063[^\s<]*/g, '');
}

/** A reader's query in the words the Ukrainian index is searched with: each word's key. */
export function keyQuery(query: string): string {
  return query.replace(WORD, (word) => ukKey(word));
}
