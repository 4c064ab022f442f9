/** The query as typed: cleaned up, split into its words, and carried to the page a result opens. */

export const MAX_QUERY = 500;

/** Trims, collapses whitespace and caps the length; never throws. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/** The query's words, for highlighting on the page a result opens. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])]
    .filter((w) => w.length >= 2)
    .slice(0, 8);
}

/** `/glossary/#term` + words → `/glossary/?highlight=words#term`. */
export function withHighlight(url: string, query: string): string {
  const words = queryWords(query);
  if (words.length === 0) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}
