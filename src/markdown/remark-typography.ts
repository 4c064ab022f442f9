/**
 * Typographer's punctuation: straight quotes become curly, "--" an em dash,
 * "..." an ellipsis. Quotes are decided over a whole paragraph, heading or
 * table cell at once (a quote may open before a link and close after it) by
 * SmartyPants; dashes and ellipses are local. Inline code is left alone.
 *
 * It does what Astro's remark-smartypants does, in a tenth of the time: that
 * plugin runs a natural-language parser over every document, which was a
 * quarter of the content sync on a thousand articles.
 */
import type { Root, Parent, Text, InlineCode } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { smartypantsu } from 'smartypants';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const QUOTE = /["']/;

export function remarkTypography() {
  return function transform(tree: Root) {
    visit(tree, (node) => {
      if (!BLOCKS.has(node.type)) return;
      educateBlock(node as Parent);
      return SKIP;
    });
  };
}

/** The same punctuation for a plain one-line text (a headline in frontmatter). */
export function typographic(text: string): string {
  const node: Text = { type: 'text', value: text };
  educateBlock({ type: 'paragraph', children: [node] } as Parent);
  return node.value;
}

function educateBlock(block: Parent): void {
  const pieces: Array<Text | InlineCode> = [];
  visit(block, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') pieces.push(n as Text | InlineCode);
  });
  // Code counts as letters, so quotes around it pair; SmartyPants reads < > & \ as markup, so they are masked.
  const joined = pieces.map((p) => (p.type === 'text' ? p.value : 'x'.repeat(p.value.length))).join('');
  if (QUOTE.test(joined)) {
    const masked = joined.replace(/[<>&\\]/g, 'x');
    // A leading space makes a quote that opens the block an opening quote.
    const curly = smartypantsu(` ${masked}`, 'q').slice(1);
    // Only quote characters change, one for one; if that ever fails, the block keeps its quotes.
    if (curly.length === masked.length) {
      let at = 0;
      for (const p of pieces) {
        if (p.type === 'text' && QUOTE.test(p.value)) {
          let value = '';
          for (let i = 0; i < p.value.length; i++) {
            const c = p.value[i]!;
            value += c === '"' || c === "'" ? curly[at + i]! : c;
          }
          p.value = value;
        }
        at += p.value.length;
      }
    }
  }
  for (const p of pieces) if (p.type === 'text') p.value = p.value.replace(/-{2,3}/g, '—').replace(/\.{3}/g, '…');
}
