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

/** Words too common to mark on the page a result opens while the query has others ("who is the envoy"). */
const COMMON = new Set([
  ...'a an and are as at be by for from has have in is it its'.split(' '),
  ...'of on or that the this to was were what when who why with'.split(' '),
]);

/**
 * What to mark of English query words on the page a result opens, each marking the words it begins (search
 * matches word forms, so the page should too): a plural by its singular ("envoys" marks "envoy", "policies"
 * "policy"), and the common words left out while there are others.
 */
export function englishMarks(words: string[]): string[] {
  const kept = words.some((w) => !COMMON.has(w)) ? words.filter((w) => !COMMON.has(w)) : words;
  const start = (w: string) =>
    w.length > 4 && w.endsWith('ies') ? w.slice(0, -3) : w.length > 3 && /[^isu]s$/.test(w) ? w.slice(0, -1) : w;
  return [...new Set(kept.map(start))];
}
