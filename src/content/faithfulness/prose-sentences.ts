/**
 * Splits our Markdown prose into sentences, each with the line it starts on and
 * the citations it carries. A citation marker attaches to the sentence it ends:
 * `… sanctions [@a#s11].` and `… sanctions. [@a#s11]` both cite for "sanctions".
 */
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { parseMarkdown } from '../../markdown/syntax.ts';
import { scanCitations, sentenceIds } from '../../markdown/citation-syntax.ts';
import { splitSentences } from '../sentences.ts';

export interface CitedSentence {
  /** The sentence as a reader sees it: citation markers removed, link text kept. */
  text: string;
  /** 1-based line in the file (the caller adds the frontmatter's lines). */
  line: number;
  /** Cited sentences as `source#s3`. */
  cites: string[];
  /** Every sentence the sentence's paragraph (list item, cell) cites: a quote may come from any of them. */
  blockCites?: string[];
  /**
   * A citation in its paragraph cannot be read (the citation plugin reports it): what the paragraph cites is not
   * known, so its quotes, speakers and hedges are judged once it is fixed.
   */
  citesUnread?: true;
}

/** A block's visible text, and where each of its pieces starts in it and on which line of the file. */
interface Run {
  text: string;
  starts: number[];
  lines: number[];
}

/** The visible text of inline content, piece by piece. */
function inlineRun(nodes: PhrasingContent[], run: Run): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      run.starts.push(run.text.length);
      run.lines.push(node.position?.start.line ?? 1);
      run.text += node.value;
    } else if (node.type === 'break') {
      const line = node.position?.start.line ?? (run.text ? lineIn(run, run.text.length - 1) : 1);
      run.starts.push(run.text.length);
      run.lines.push(line);
      run.text += ' ';
    } else if ('children' in node) {
      inlineRun(node.children as PhrasingContent[], run);
    }
  }
}

/** The line of the character at `offset` of a run: its piece's first line, and the line breaks before it there. */
function lineIn(run: Run, offset: number): number {
  let piece = 0;
  while (piece + 1 < run.starts.length && run.starts[piece + 1]! <= offset) piece++;
  let line = run.lines[piece] ?? 1;
  for (let i = run.starts[piece] ?? 0; i < offset; i++) if (run.text.charCodeAt(i) === 10) line++;
  return line;
}

/** Sentences of one paragraph of text (markers still in it); `lineAt` gives the line of a character of `text`. */
export function splitProse(text: string, lineAt: (offset: number) => number = () => 1): CitedSentence[] {
  const { markers, errors } = scanCitations(text);
  // Strip the markers, remembering where each stood in the stripped text, and where each kept piece came from.
  let plain = '';
  const pieces: Array<{ at: number; from: number }> = [];
  const at: Array<{ pos: number; cites: string[] }> = [];
  let from = 0;
  for (const m of markers) {
    pieces.push({ at: plain.length, from });
    plain += text.slice(from, m.start);
    at.push({ pos: plain.length, cites: m.refs.flatMap((r) => sentenceIds(r).map((id) => `${r.source}#${id}`)) });
    from = m.end;
  }
  pieces.push({ at: plain.length, from });
  plain += text.slice(from);
  /** Where a character of the stripped text stood in `text`. */
  const origin = (pos: number) => {
    if (pos < 0 || pos >= plain.length) return 0;
    let k = 0;
    while (k + 1 < pieces.length && pieces[k + 1]!.at <= pos) k++;
    return pieces[k]!.from + pos - pieces[k]!.at;
  };
  const out: Array<CitedSentence & { start: number; next: number }> = [];
  let pos = 0;
  for (const s of splitSentences(plain.replace(/\n/g, ' '))) {
    const start = plain.indexOf(s.text.slice(0, 1), pos);
    const next = start + s.text.length + s.after.length;
    out.push({
      text: s.text
        .replace(/\s+([.,;:!?])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
      line: lineAt(origin(start)),
      cites: [],
      start,
      next,
    });
    pos = next;
  }
  for (const m of at) {
    // A marker belongs to the last sentence that starts before it (or at the start of the paragraph, the first).
    const owner = [...out].reverse().find((s) => s.start < m.pos) ?? out[0];
    owner?.cites.push(...m.cites);
  }
  const unread = errors.length > 0 ? { citesUnread: true as const } : {};
  return out.map(({ text: t, line, cites }) => ({ text: t, line, cites, ...unread }));
}

/** Every sentence of a Markdown tree as parsed: paragraphs, list items, table cells, notes; headings are not claims. */
export function proseSentencesOf(tree: Root): CitedSentence[] {
  const out: CitedSentence[] = [];
  const visit = (node: RootContent | Parent) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const run: Run = { text: '', starts: [], lines: [] };
      inlineRun((node as Parent).children as PhrasingContent[], run);
      const sentences = splitProse(run.text, (offset) => lineIn(run, offset));
      const blockCites = [...new Set(sentences.flatMap((s) => s.cites))];
      out.push(...sentences.map((s) => ({ ...s, blockCites })));
      return;
    }
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return;
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(tree);
  return out;
}

/** Every sentence of a Markdown body (proseSentencesOf its tree). */
export const proseSentences = (markdown: string): CitedSentence[] => proseSentencesOf(parseMarkdown(markdown));
