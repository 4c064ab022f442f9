/**
 * Facts from outside the sources: terms (nationalities, titles, years) that our
 * prose may use only where a source text contains them too. The terms are data
 * (content/checks/outside-facts.yaml); a term is a pattern, so "Americans" can be
 * refused while the sources' own "North American partners" is not.
 */
import { compiledPattern } from './compiled-pattern.ts';

export interface OutsideTerm {
  /** A regular expression, matched case-sensitively (names and titles are capitalised). */
  pattern: string;
  /** What kind of fact it is, for messages: "a nationality". */
  what: string;
}

export interface OutsideFact {
  term: OutsideTerm;
  /** The words in our sentence that match. */
  words: string;
}

/** The terms no source text contains: these are the ones our prose must not use. */
export function refusedTerms(terms: OutsideTerm[], sourceTexts: string[]): OutsideTerm[] {
  return terms.filter((t) => !sourceTexts.some((s) => new RegExp(t.pattern, 'u').test(s)));
}

// All of a list's patterns as one, tested first: few sentences hold any refused term.
const anyOf = new WeakMap<OutsideTerm[], RegExp>();
const anyTerm = (refused: OutsideTerm[]) => {
  let re = anyOf.get(refused);
  if (!re) {
    try {
      re = new RegExp(refused.map((t) => `(?:${t.pattern})`).join('|') || '(?!)', 'u');
    } catch {
      // Patterns that cannot stand together (two groups of one name): each is tried on its own.
      re = /(?:)/u;
    }
    anyOf.set(refused, re);
  }
  return re;
};

/** Every refused term in a run of our prose. */
export function outsideFacts(text: string, refused: OutsideTerm[]): OutsideFact[] {
  const out: OutsideFact[] = [];
  if (!anyTerm(refused).test(text)) return out;
  for (const term of refused)
    for (const m of text.matchAll(compiledPattern(term.pattern, 'gu'))) out.push({ term, words: m[0] });
  return out;
}
