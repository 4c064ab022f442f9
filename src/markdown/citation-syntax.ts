/**
 * The citation syntax used in all Markdown content:
 *
 *   [@source#s3]            one sentence
 *   [@source#s3-s5]         a range of sentences
 *   [@a#s1; @b#s2-s4]       several citations in one place
 *
 * Parsing is pure; resolving against the sources happens in `remark-citations`.
 */

export interface CitationRef {
  /** Source id: the file name in `content/sources/` without extension. */
  source: string;
  /** First sentence number (1-based). */
  from: number;
  /** Last sentence number, equal to `from` for a single sentence. */
  to: number;
  /** The reference as the editor wrote it, for error messages. */
  raw: string;
}

export interface CitationMarker {
  /** Offset of `[` in the scanned text. */
  start: number;
  /** Offset just past `]`. */
  end: number;
  refs: CitationRef[];
}

export interface CitationSyntaxError {
  start: number;
  raw: string;
  problem: string;
}

/** Anything that looks like a citation: `[@` up to the next `]`. */
const MARKER = /\[@([^\]\n]*)\]/g;
const REF = /^@([a-z0-9]+(?:-[a-z0-9]+)*)#s(\d+)(?:-s?(\d+))?$/;

/**
 * A citation written outside `[@…]`: `[source#s3]` without its `@`, or `@source#s3` in round brackets or none. It
 * would be printed as it is, and its sentence would lose its link.
 */
const LOOSE = /\[\s*[a-z0-9]+(?:-[a-z0-9]+)*#s\d+[^\]\n]*\]|@[a-z0-9]+(?:-[a-z0-9]+)*#s\d+(?:-s?\d+)?/g;

/** What a part of a citation that cannot be read most likely means instead, for its message ("" if nothing). */
function notACitation(part: string): string {
  if (part.includes(',') && part.split(',').every((p) => REF.test(p.trim())))
    return ': several citations are separated by ";", not ","';
  if (/#p\d+/i.test(part)) return ': a citation names sentences (s3), not paragraphs (p3)';
  if (/#\d/.test(part)) return ': a sentence is written with its "s" (s3)';
  if (/#S\d/.test(part) || /^@[^#]*[A-Z]/.test(part)) return ': source ids and "s" are written in lower case';
  if (/\s/.test(part)) return ': it has a space in it';
  return '';
}

/** Finds every citation marker in a run of text, with parse errors for malformed ones. */
export function scanCitations(text: string): { markers: CitationMarker[]; errors: CitationSyntaxError[] } {
  // A citation, well formed or not, holds "[@" or "#s"; most runs of text hold neither.
  if (!text.includes('#s') && !text.includes('[@')) return { markers: [], errors: [] };
  const markers: CitationMarker[] = [];
  const errors: CitationSyntaxError[] = [];
  for (const match of text.matchAll(MARKER)) {
    const start = match.index;
    const parts = ('@' + match[1]).split(';').map((p) => p.trim());
    const refs: CitationRef[] = [];
    let problem: string | undefined;
    for (const part of parts) {
      const m = REF.exec(part);
      if (!m) {
        problem = `"${part}" is not a citation of the form @source#s3 or @source#s3-s5${notACitation(part)}`;
        break;
      }
      const from = Number(m[2]);
      const to = m[3] === undefined ? from : Number(m[3]);
      if (from < 1 || to < from) {
        problem = `the range "${part}" is empty or runs backwards`;
        break;
      }
      refs.push({ source: m[1]!, from, to, raw: part });
    }
    if (problem === undefined) markers.push({ start, end: start + match[0].length, refs });
    else errors.push({ start, raw: match[0], problem });
  }
  const read = [...markers, ...errors.map((e) => ({ start: e.start, end: e.start + e.raw.length }))];
  const outside = (at: number) => !read.some((r) => at >= r.start && at < r.end);
  // A loose citation's "#s" is outside every marker read: without such a "#s" there is none to look for.
  let loose = false;
  for (let at = text.indexOf('#s'); at >= 0 && !loose; at = text.indexOf('#s', at + 2)) loose = outside(at);
  if (!loose) return { markers, errors };
  for (const match of text.matchAll(LOOSE)) {
    const start = match.index;
    if (!outside(start)) continue;
    // "[@source#s3" with no "]" after it on the line: the bracket was opened, and not closed.
    const unclosed = match[0].startsWith('@') && text[start - 1] === '[';
    errors.push({
      start: unclosed ? start - 1 : start,
      raw: unclosed ? `[${match[0]}` : match[0],
      problem: unclosed
        ? 'its closing "]" is missing, so it would be printed as it is'
        : 'it is not inside [@…], so it would be printed as it is',
    });
  }
  errors.sort((a, b) => a.start - b.start);
  return { markers, errors };
}

/** The sentence ids a reference covers, in order: `s3`, `s4`, `s5`. */
export function sentenceIds(ref: Pick<CitationRef, 'from' | 'to'>): string[] {
  const ids: string[] = [];
  for (let n = ref.from; n <= ref.to; n++) ids.push(`s${n}`);
  return ids;
}
