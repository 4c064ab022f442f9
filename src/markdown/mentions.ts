/**
 * Where an article names a term or a person, linked or not ("mentioned in" on the glossary and people
 * pages): the words that name each, and one pattern that finds them in running text.
 */
import escapeStringRegexp from 'escape-string-regexp';

/** The words that name a person or body in running text: the name, and a person's surname. */
export function personNames(name: string, kind: string): string[] {
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  const words = [plain];
  const last = plain.split(/\s+/).at(-1) ?? '';
  if (kind === 'person' && last.length >= 4 && last !== plain) words.push(last);
  return words;
}

const named = (words: string[]) => words.map((w) => w.trim()).filter((w) => w.length >= 3);

/** A case-insensitive whole-word pattern for any of the words (undefined when there are none). */
export function namePattern(words: string[]): RegExp | undefined {
  // An apostrophe matches straight or curly, as editors type either.
  const alternatives = named(words).map((w) => escapeStringRegexp(w).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"));
  return alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
    : undefined;
}

/**
 * For each of the words, its longest run of letters and digits, lower-cased: a text that namePattern matches holds
 * one of them (lower-cased: `mayName`), so a text that holds none needs no search with the pattern. Undefined
 * when a name has no letter or digit.
 */
export function nameCores(words: string[]): string[] | undefined {
  const cores = named(words).map((w) =>
    w
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .reduce((a, b) => (b.length > a.length ? b : a), ''),
  );
  return cores.every((core) => core !== '') ? cores : undefined;
}

/** Whether a lower-cased text may hold one of the names whose cores these are (undefined cores: it may). */
export const mayName = (lowerCased: string, cores: string[] | undefined): boolean =>
  !cores || cores.some((core) => lowerCased.includes(core));
