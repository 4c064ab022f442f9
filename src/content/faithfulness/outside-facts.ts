/**
 * Facts from outside the sources: terms (nationalities, titles, years) that our
 * prose may use only where a source text contains them too. The terms are data
 * (content/checks/outside-facts.yaml); a term is a pattern, so "Americans" can be
 * refused while the sources' own "North American partners" is not.
 */

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

/** Every refused term in a run of our prose. */
export function outsideFacts(text: string, refused: OutsideTerm[]): OutsideFact[] {
  const out: OutsideFact[] = [];
  for (const term of refused)
    for (const m of text.matchAll(new RegExp(term.pattern, 'gu'))) out.push({ term, words: m[0] });
  return out;
}
