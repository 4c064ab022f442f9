/** The query as typed: cleaned up, split into its words, and carried to the page a result opens. */

export const MAX_QUERY = 500;

/** Trims, collapses whitespace and caps the length; never throws. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/** Latin letters that look like Cyrillic ones, and those Cyrillic ones (a keyboard's other layout slips in). */
const LATIN = 'aceiopxykmthbACEHIKMOPTXYB';
const CYRILLIC = 'асеіорхукмтнвАСЕНІКМОРТХУВ';

/**
 * A query with each word in one script: a word of Cyrillic letters with a Latin "o" in it («Рoсія») has the Cyrillic
 * letter it looks like instead, and a Latin word the Latin ones ("Zеlensky"); a word in one script stays as it is.
 */
export function oneScript(query: string): string {
  return query.replace(/\p{L}+/gu, (word) => {
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    const latin = word.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (!cyrillic || !latin) return word;
    const [from, to] = cyrillic >= latin ? [LATIN, CYRILLIC] : [CYRILLIC, LATIN];
    return [...word].map((letter) => to[from.indexOf(letter)] ?? letter).join('');
  });
}

/**
 * Other spellings readers type for names the site writes one way (the sources' own): "Kiev" for Kyiv, "U.S." for
 * US, "Zelenskiy" for Zelensky. Pagefind matches the words it indexed, so the site's spelling is searched.
 */
const SPELLINGS: Array<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])kiev(?![\p{L}\p{N}])/giu, 'Kyiv'],
  [/(?<![\p{L}\p{N}])u\.\s?s\.(?:a\.?)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])u\.\s?s(?![\p{L}\p{N}.])/giu, 'US'],
  [/(?<![\p{L}\p{N}])USA(?![\p{L}\p{N}])/gu, 'US'],
  [/(?<![\p{L}\p{N}])u\.\s?k\.?(?![\p{L}\p{N}])/giu, 'UK'],
  [/(?<![\p{L}\p{N}])zelensk(?:iy|yi|ii|yy)(?![\p{L}\p{N}])/giu, 'Zelensky'],
];

/** An English query as the index spells its words, a phrase in quotes of any kind in the quotes Pagefind knows. */
export const englishQuery = (query: string): string =>
  SPELLINGS.reduce((spelled, [other, ours]) => spelled.replace(other, ours), query).replace(
    /^\s*["“”„«»](.*[\p{L}\p{N}].*)["“”„«»]\s*$/u,
    '"$1"',
  );

/** An English word as typos are told (typos.ts): lower case, without a possessive's s or its hyphens. */
export const englishKey = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replaceAll('-', '');

/**
 * The query searched for the exact word when it is an abbreviation in capitals (UK, EU, ЄС), as a phrase
 * (Pagefind's exact search, engine.ts): a word of two to four letters matches the longer words it begins
 * ("UK" would find "Ukraine"). Other queries are left as they are.
 */
export const exactAbbreviation = (query: string, searched: string): string =>
  /^[\p{Lu}\p{N}]{2,4}$/u.test(query.replace(/[^\p{L}\p{N}\s]/gu, '').trim()) &&
  /\p{L}/u.test(query) &&
  !/"/.test(searched)
    ? `"${searched.trim()}"`
    : searched;

/**
 * A query without the words that only make it a question or a sentence ("who is mediating" searches
 * "mediating"): Pagefind finds only pages with every word, and a term's entry seldom has "who" or "is". Kept
 * when they are all the query has with letters in it, inside quotes (the reader asks for the exact phrase), and
 * in capitals (WHO, the organisation).
 */
export function withoutAskingWords(query: string, asking: ReadonlySet<string>): string {
  if (/["“”«»„]/u.test(query)) return query;
  const words = query.split(' ');
  const plain = (w: string) =>
    w
      .toLowerCase()
      .replaceAll('’', "'")
      .replace(/[^\p{L}\p{N}'-]/gu, '');
  // A word asks alone ("who"), or with the one before it ("how long": "long" asks only after "how").
  const asks = (w: string, i: number) =>
    (w !== w.toUpperCase() || w.length < 2) &&
    (asking.has(plain(w)) || (i > 0 && asking.has(`${plain(words[i - 1]!)} ${plain(w)}`)));
  const kept = words.filter((w, i) => !asks(w, i));
  return kept.some((w) => /[\p{L}\p{N}]/u.test(w)) && kept.length < words.length ? kept.join(' ') : query;
}

/** The English words withoutAskingWords leaves out of a search, and the page a result opens does not mark. */
export const ENGLISH_ASKING = new Set([
  ...'a an and are as at be by for from has have in is it its of on or that the this to was were with'.split(' '),
  ...'what when who whom whose which where why how do does did will would can could should there'.split(' '),
  ...["what's", "who's", "where's", "how's", "when's", "why's", "there's", "it's", 'about', 'into'],
  ...['how long', 'how many', 'how much', 'how often', 'how far', 'how soon'],
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

/**
 * Whether a word a result marks answers an English word searched: a form of it (isEnglishFormOf), and for a word
 * of three letters or fewer beside others, the word itself or its plural ("sea" of "Black Sea" is not answered by
 * "search"). Alone, such a word may be one still being typed ("Zel"), and what it begins answers it.
 */
export const answersEnglish = (word: string, searched: string, alone: boolean): boolean =>
  isEnglishFormOf(word, searched) &&
  (alone || searched.length > 3 || /^(?:e?s|['’]s)?$/.test(word.slice(searched.length)));

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

/** A word as typed without the punctuation before and after it ("“Crimea”," → "Crimea"). */
export const bareWord = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
