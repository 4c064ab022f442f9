/**
 * Quotes verbatim, in a translation: words our Ukrainian prose puts in «…» (or straight "…", which the page
 * shows as «…») must stand word for word in our reviewed translation of a sentence its paragraph cites
 * (content/uk/sources/NAME.yaml), and words in “…” are the English source's own, word for word in the English
 * sentence. Whitespace, apostrophes, letter case and a closing full stop or comma do not count.
 */

export interface Quote {
  /** The quoted words, without their marks. */
  words: string;
  /** Whether they are given in the source's language (“…”) rather than as our translation («…»). */
  original: boolean;
}

/** The outermost quotes of a text: «…» (nesting allowed), straight "…" and “…”. */
export function quotesIn(text: string): Quote[] {
  const out: Quote[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«') {
      if (depth++ === 0) start = i + 1;
    } else if (c === '»' && depth > 0) {
      if (--depth === 0) out.push({ words: text.slice(start, i), original: false });
    }
  }
  const outside = text.replace(/«[^«»]*»/g, ' ');
  for (const m of outside.matchAll(/"([^"]+)"/g)) out.push({ words: m[1]!, original: false });
  for (const m of outside.matchAll(/“([^“”]+)”/g)) out.push({ words: m[1]!, original: true });
  return out.filter((q) => q.words.trim().length > 0);
}

/**
 * For comparing quoted words: one kind of apostrophe, quote mark and space, one letter case (a quote may begin with a
 * capital where the source's words run on mid-sentence); no closing . or ,
 */
export const normQuote = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘ʼ`']/g, "'")
    .replace(/[«»“”„"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]$/, '')
    .trim();

export interface QuoteProblem {
  quote: Quote;
  /** A sentence (`source#s3`) that does hold the words, where it is not one the paragraph cites. */
  foundIn?: string;
}

/**
 * The quotes of our sentence not found in the sentences it may quote. `translated` and `english` give a
 * cited sentence's text (`source#s3`); `everywhere` lists every sentence, to suggest the one to cite. A quote is not
 * judged while a sentence it may come from has no text (a citation of a sentence that does not exist, a translation
 * missing): that mistake is reported where it is, and the quote is judged once it is fixed.
 */
export function quoteProblems(
  text: string,
  cites: string[],
  translated: (key: string) => string | undefined,
  english: (key: string) => string | undefined,
  everywhere: string[],
): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const quote of quotesIn(text)) {
    const words = normQuote(quote.words);
    const lookup = quote.original ? english : translated;
    const holds = (key: string) => normQuote(lookup(key) ?? '').includes(words);
    if (cites.some((key) => lookup(key) === undefined || holds(key))) continue;
    problems.push({ quote, foundIn: everywhere.find(holds) });
  }
  return problems;
}
