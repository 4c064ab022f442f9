/**
 * Splits a verbatim source text into paragraphs and sentences with stable ids.
 *
 * Ids are positional (`p1`…, `s1`…, numbered through the whole source), and
 * sources are never edited, so an id published once keeps pointing at the same
 * words. The splitter is rule-based rather than `Intl.Segmenter` because ICU
 * updates could move sentence boundaries, and with them every anchor.
 */

export interface Sentence {
  /** Anchor id, `s1`, `s2`, … numbered through the whole source. */
  id: string;
  /** 1-based position in the source. */
  n: number;
  /** The sentence exactly as written, without surrounding whitespace. */
  text: string;
  /** Whitespace that followed the sentence in the source (kept for verbatim output). */
  after: string;
}

export interface Paragraph {
  /** Anchor id, `p1`, `p2`, … */
  id: string;
  /** Whitespace that preceded the paragraph's first sentence on its line. */
  before: string;
  sentences: Sentence[];
  /** The line break(s) that followed the paragraph in the source ('' for the last). */
  after: string;
}

/** Words that end with a full stop but do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// A candidate boundary: terminal punctuation, any closing quotes or brackets,
// then whitespace, then something that can open a sentence.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Splits one paragraph's text into sentences (text and the whitespace after each). */
export function splitSentences(paragraph: string): Array<{ text: string; after: string }> {
  const out: Array<{ text: string; after: string }> = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[1].length + match[2].length;
    const before = paragraph.slice(start, match.index);
    const lastWord = (before.match(/([\p{L}.]+)$/u)?.[1] ?? '').toLowerCase();
    // "Sen. Rubio" or "U.S. officials": a known abbreviation or a single initial.
    if (match[1] === '.' && match[2] === '' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) {
      continue;
    }
    out.push({ text: paragraph.slice(start, end), after: match[3] });
    start = end + match[3].length;
  }
  const rest = paragraph.slice(start);
  const trimmed = rest.replace(/\s+$/u, '');
  if (trimmed.length > 0) out.push({ text: trimmed, after: rest.slice(trimmed.length) });
  else if (out.length > 0) out[out.length - 1].after += rest;
  return out;
}

/**
 * Splits a whole source into paragraphs (one per non-empty line) and numbers
 * every sentence. `joinSource(splitSource(t)) === t` for any text.
 */
export function splitSource(text: string): { lead: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let n = 0;
  // Keep the line breaks with the paragraph they follow so the text can be rebuilt.
  const parts = text.split(/(\r?\n[\s]*)/u);
  let lead = '';
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i];
    const breakAfter = parts[i + 1] ?? '';
    if (line.trim() === '') {
      if (paragraphs.length === 0) lead += line + breakAfter;
      else paragraphs[paragraphs.length - 1].after += line + breakAfter;
      continue;
    }
    const before = line.match(/^\s*/u)![0];
    const sentences = splitSentences(line.slice(before.length)).map((s) => {
      n += 1;
      return { id: `s${n}`, n, text: s.text, after: s.after };
    });
    paragraphs.push({ id: `p${paragraphs.length + 1}`, before, sentences, after: breakAfter });
  }
  return { lead, paragraphs };
}

/** Rebuilds the exact source text from its split form (used to prove nothing was lost). */
export function joinSource(split: { lead: string; paragraphs: Paragraph[] }): string {
  return (
    split.lead +
    split.paragraphs.map((p) => p.before + p.sentences.map((s) => s.text + s.after).join('') + p.after).join('')
  );
}
