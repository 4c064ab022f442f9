/**
 * "Did you mean": a word misspelt in its middle ("Whitkoff", «Лешенко») matches no word Pagefind has, and no
 * shorter try finds it either. Such a word is compared with the site's own distinctive words, the names and terms
 * of its glossary and people pages, and searched as the one it is a slip away from. Pure functions, in a chunk of
 * their own that the engine loads, with the words, only when a word finds nothing (engine.ts).
 */
import { bareWord } from './query.ts';

/** Edits a word of `length` letters may have had and still be taken for another: none under four letters. */
export const typos = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * Edits from one word to another: a letter added, left out, changed, or two swapped ("Zelenksy"); Damerau's
 * distance as optimal string alignment.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Edits from a typed word to a word or to its beginning, as long as the typed word give or take a letter. */
export function typoDistance(typed: string, word: string): number {
  let best = editDistance(typed, word);
  for (let n = Math.max(1, typed.length - 1); n <= typed.length + 1 && n < word.length; n++)
    best = Math.min(best, editDistance(typed, word.slice(0, n)));
  return best;
}

/** Whether a word a result marks is the typed one with a slip or two (`key` compares them as the language does). */
export const isNear = (word: string, typed: string, key: (w: string) => string = (w) => w): boolean =>
  [
    [typed, word],
    [key(typed), key(word)],
  ].some(([t, w]) => typoDistance(t!, w!) <= typos(t!.length));

/**
 * The word of `words` (by key) a typed one is closest to, if within its typos; none when it is one of them. A key
 * of four letters may be a long word's (the stemmer cuts «Харків» to «харк»): the words must be close as written
 * too, or «Харків» would be «Марко».
 */
export function closest(typed: string, words: ReadonlyMap<string, string>, key = (w: string) => w): string | undefined {
  const own = key(typed);
  if (own.length < 4 || words.has(own)) return undefined;
  let best: { word: string; distance: number; whole: number } | undefined;
  for (const [other, word] of words) {
    const distance = typoDistance(own, other);
    if (distance > typos(own.length)) continue;
    if (own.length < 5 && typoDistance(typed.toLowerCase(), word.toLowerCase()) > typos(typed.length)) continue;
    const whole = editDistance(own, other);
    if (!best || distance < best.distance || (distance === best.distance && whole < best.whole))
      best = { word, distance, whole };
  }
  return best?.word;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;
/** A word in capitals that does not begin a sentence (nor follow a colon or an opening quote). */
const NAME = /(?<![.!?:«“"]\s*)(?<!^\s*)(?<![\p{L}\p{N}’'ʼ-])\p{Lu}[\p{L}’'ʼ]+/gu;

/** A glossary or people page's entries, as its previews.json has them. */
export type Entries = Record<string, { title?: string; summary?: string }>;

/**
 * The distinctive words of a glossary's or people page's entries, by key: every word of a title (a term, a name),
 * and the names a summary mentions (a word in capitals that does not begin a sentence), of four letters or more.
 * A hyphenated word is kept whole and in its parts ("de-escalation"; "Kyiv-focused" gives "Kyiv").
 */
export function vocabulary(entries: Entries[], key: (word: string) => string): Map<string, string> {
  const words = new Map<string, string>();
  const add = (word: string) => {
    const plain = word.replace(/['’ʼ]s$/u, '');
    if (plain.length >= 4 && !words.has(key(plain))) words.set(key(plain), plain);
  };
  const all = entries.flatMap((e) => Object.values(e ?? {}));
  // Titles first: a name or term is shown as its title writes it (in Ukrainian, the nominative).
  for (const word of all.flatMap((entry) => entry.title?.match(WORD) ?? [])) {
    add(word);
    if (word.includes('-')) word.split('-').forEach(add);
  }
  for (const entry of all) for (const [word] of (entry.summary ?? '').matchAll(NAME)) add(word);
  return words;
}

/** A key that is two of `words` written as one ("sanctionsrelief", "frozen-conflict"), as those two. */
function split(typed: string, words: ReadonlyMap<string, string>): string | undefined {
  for (let i = 4; i <= typed.length - 4; i++) {
    const [a, b] = [words.get(typed.slice(0, i)), words.get(typed.slice(i))];
    if (a && b) return `${a} ${b}`;
  }
  return undefined;
}

/**
 * A query with its words that find nothing (`unknown`, as typed) put right: each as the distinctive word it is a
 * slip away from, as two written as one ("sanctionsrelief"), or, with the word before or after it, as one written
 * closed ("cease fire" as "ceasefire").
 * Undefined when none is.
 */
export function corrected(
  query: string,
  unknown: readonly string[],
  words: ReadonlyMap<string, string>,
  key: (word: string) => string,
): string | undefined {
  const parts = query.split(' ');
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const word = bareWord(parts[i]!);
    if (!unknown.includes(word)) continue;
    const joined = [i - 1, i + 1]
      .filter((j) => j >= 0 && j < parts.length)
      .map((j) => (j < i ? [j, bareWord(parts[j]!) + word] : [j, word + bareWord(parts[j]!)]) as [number, string])
      .find(([, both]) => words.has(key(both)));
    if (joined) {
      parts[i] = words.get(key(joined[1]))!;
      parts[joined[0]] = '';
      changed = true;
      continue;
    }
    const fix = split(key(word), words) ?? closest(word, words, key);
    if (fix) {
      parts[i] = fix;
      changed = true;
    }
  }
  return changed ? parts.filter(Boolean).join(' ') : undefined;
}
