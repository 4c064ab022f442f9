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

/** A case-insensitive whole-word pattern for any of the words (undefined when there are none). */
export function namePattern(words: string[]): RegExp | undefined {
  // An apostrophe matches straight or curly, as editors type either.
  const alternatives = words
    .filter((w) => w.trim().length >= 3)
    .map((w) => escapeStringRegexp(w.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"));
  return alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
    : undefined;
}
