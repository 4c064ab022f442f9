/** The query as typed: cleaned up, split into its words, and carried to the page a result opens. */

export const MAX_QUERY = 500;

/** Trims, collapses whitespace and caps the length; never throws. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/**
 * Other spellings readers type for names the site writes one way (the sources' own): "Kiev" for Kyiv, "U.S." for
 * US, "Zelenskiy" for Zelensky. Pagefind matches the words it indexed, so the site's spelling is searched.
 */
const SPELLINGS: Array<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])kiev(?![\p{L}\p{N}])/giu, 'Kyiv'],
  [/(?<![\p{L}\p{N}])u\.\s?s\.?(?![\p{L}\p{N}])/giu, 'US'],
  [/(?<![\p{L}\p{N}])u\.\s?k\.?(?![\p{L}\p{N}])/giu, 'UK'],
  [/(?<![\p{L}\p{N}])zelensk(?:iy|yi|ii|yy)(?![\p{L}\p{N}])/giu, 'Zelensky'],
];

/** An English query as the index spells its words. */
export const englishQuery = (query: string): string =>
  SPELLINGS.reduce((spelled, [other, ours]) => spelled.replace(other, ours), query);

/**
 * A query without the words that only make it a question or a sentence ("who is mediating" searches
 * "mediating"): Pagefind finds only pages with every word, and a term's entry seldom has "who" or "is". Kept
 * when they are all the query has with letters in it, inside quotes (the reader asks for the exact phrase), and
 * in capitals (WHO, the organisation).
 */
export function withoutAskingWords(query: string, asking: ReadonlySet<string>): string {
  if (/["“”«»„]/u.test(query)) return query;
  const words = query.split(' ');
  const asks = (w: string) =>
    w !== w.toUpperCase() || w.length < 2
      ? asking.has(
          w
            .toLowerCase()
            .replaceAll('’', "'")
            .replace(/[^\p{L}\p{N}'-]/gu, ''),
        )
      : false;
  const kept = words.filter((w) => !asks(w));
  return kept.some((w) => /[\p{L}\p{N}]/u.test(w)) && kept.length < words.length ? kept.join(' ') : query;
}

/** The English words withoutAskingWords leaves out of a search, and the page a result opens does not mark. */
export const ENGLISH_ASKING = new Set([
  ...'a an and are as at be by for from has have in is it its of on or that the this to was were with'.split(' '),
  ...'what when who whom whose which where why how do does did will would can could should there'.split(' '),
  ...["what's", "who's", "where's", "how's", "when's", "why's", "there's", "it's"],
]);

/** The query with its longest word one letter shorter, down to four letters, for another try when nothing matched. */
export function loosen(query: string): string | undefined {
  const words = query.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length <= 4) return undefined;
  const i = words.indexOf(longest);
  return [...words.slice(0, i), longest.slice(0, -1), ...words.slice(i + 1)].join(' ');
}

/**
 * Whether an English word found on a page is a form of a searched one: either begins with the other, sharing
 * all but the searched word's last two letters, and at least four of a longer one ("sanction" and "sanctions",
 * "witkof" and "witkoff"), so that "putting" is no form of "putin".
 */
export function isEnglishFormOf(word: string, searched: string): boolean {
  if (word === searched) return true;
  const shared = Math.min(searched.length, Math.max(4, searched.length - 2));
  return word.length >= shared && (searched.startsWith(word) || word.startsWith(searched.slice(0, shared)));
}

/** The query's words, for highlighting on the page a result opens. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])]
    .filter((w) => w.length >= 2)
    .slice(0, 8);
}

/** `/glossary/#term` + words → `/glossary/?highlight=words#term`. */
export function withHighlight(url: string, query: string): string {
  // The words as the page spells them: "Kiev" marks "Kyiv".
  const words = queryWords(englishQuery(query));
  if (words.length === 0) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}

/**
 * What to mark of English query words on the page a result opens, each marking the words it begins (search
 * matches word forms, so the page should too): a plural by its singular ("envoys" marks "envoy", "policies"
 * "policy"), and the common words left out while there are others.
 */
export function englishMarks(words: string[]): string[] {
  const kept = words.some((w) => !ENGLISH_ASKING.has(w)) ? words.filter((w) => !ENGLISH_ASKING.has(w)) : words;
  const start = (w: string) =>
    w.length > 4 && w.endsWith('ies') ? w.slice(0, -3) : w.length > 3 && /[^isu]s$/.test(w) ? w.slice(0, -1) : w;
  return [...new Set(kept.map(start))];
}
