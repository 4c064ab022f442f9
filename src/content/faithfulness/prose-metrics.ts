/**
 * Measures of how our prose reads, taken over the built articles: how often it
 * names the source texts (sourcing language should not swamp the story) and how
 * much two articles repeat each other word for word.
 */
import escapeStringRegexp from 'escape-string-regexp';

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

export const wordCount = (text: string) => words(text).length;

/** How many times the text uses any of the names (longest first, never two names over the same words). */
export function nameCount(text: string, names: string[]): number {
  const sorted = [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (sorted.length === 0) return 0;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${sorted.map((name) => escapeStringRegexp(name)).join('|')})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(re) ?? []).length;
}

/** Source names per 1,000 words of the text. */
export function namesPerThousandWords(text: string, names: string[]): number {
  const n = wordCount(text);
  return n === 0 ? 0 : (nameCount(text, names) * 1000) / n;
}

/** The runs of `size` words in a row in a list of words (overlapping), each joined by spaces. */
export function runsOf(words: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}

/** The word runs of a text (`size` words each, overlapping). */
export const wordRuns = (text: string, size = 6): string[] => runsOf(words(text), size);

/**
 * Of all the runs in all the texts, the share that also occur in another text,
 * with the runs shared (for a message).
 */
export function sharedRuns(texts: Map<string, string>, size = 6): { share: number; shared: Map<string, string[]> } {
  const where = new Map<string, Set<string>>();
  const all: Array<[string, string]> = [];
  for (const [name, text] of texts) {
    for (const run of wordRuns(text, size)) {
      all.push([name, run]);
      let set = where.get(run);
      if (!set) where.set(run, (set = new Set()));
      set.add(name);
    }
  }
  const shared = new Map<string, string[]>();
  let n = 0;
  for (const [, run] of all) {
    const in_ = where.get(run)!;
    if (in_.size > 1) {
      n++;
      shared.set(run, [...in_]);
    }
  }
  return { share: all.length === 0 ? 0 : n / all.length, shared };
}
