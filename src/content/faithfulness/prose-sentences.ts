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
}

interface Run {
  text: string;
  /** Line of each character of `text`. */
  lines: number[];
}

/** The visible text of inline content, with the line of every character. */
function inlineRun(nodes: PhrasingContent[], run: Run): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      let line = node.position?.start.line ?? 1;
      for (const ch of node.value) {
        run.text += ch;
        run.lines.push(line);
        if (ch === '\n') line++;
      }
    } else if (node.type === 'break') {
      run.text += ' ';
      run.lines.push(node.position?.start.line ?? run.lines.at(-1) ?? 1);
    } else if ('children' in node) {
      inlineRun(node.children as PhrasingContent[], run);
    }
  }
}

/** Sentences of one paragraph of text (markers still in it). */
export function splitProse(text: string, lines: number[] = []): CitedSentence[] {
  const { markers } = scanCitations(text);
  // Strip the markers, remembering where each stood in the stripped text.
  let plain = '';
  const origin: number[] = [];
  const at: Array<{ pos: number; cites: string[] }> = [];
  let from = 0;
  for (const m of markers) {
    for (let i = from; i < m.start; i++) {
      plain += text[i];
      origin.push(i);
    }
    at.push({ pos: plain.length, cites: m.refs.flatMap((r) => sentenceIds(r).map((id) => `${r.source}#${id}`)) });
    from = m.end;
  }
  for (let i = from; i < text.length; i++) {
    plain += text[i];
    origin.push(i);
  }
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
      line: lines[origin[start] ?? 0] ?? 1,
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
  return out.map(({ text: t, line, cites }) => ({ text: t, line, cites }));
}

/** Every sentence of a Markdown tree as parsed: paragraphs, list items, table cells, notes; headings are not claims. */
export function proseSentencesOf(tree: Root): CitedSentence[] {
  const out: CitedSentence[] = [];
  const visit = (node: RootContent | Parent) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const run: Run = { text: '', lines: [] };
      inlineRun((node as Parent).children as PhrasingContent[], run);
      const sentences = splitProse(run.text, run.lines);
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
