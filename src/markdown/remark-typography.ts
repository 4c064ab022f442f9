/**
 * Typographer's punctuation: straight quotes become curly (in a Ukrainian file, straight double quotes
 * become «…», the Ukrainian quotation marks; the language comes from the file's path), "--" an em dash,
 * "..." an ellipsis. Quotes are decided over a whole paragraph, heading or
 * table cell at once (a quote may open before a link and close after it) by
 * SmartyPants; dashes and ellipses are local. Inline code is left alone.
 *
 * It does what Astro's remark-smartypants does, in a tenth of the time: that
 * plugin runs a natural-language parser over every document, which was a
 * quarter of the content sync on a thousand articles.
 */
import type { Root, Parent, Text, InlineCode } from 'mdast';
import { visit, SKIP } from './walk.ts';
import type { VFile } from 'vfile';
import { smartypantsu } from 'smartypants';
import { langOfFile } from '../content/translation-files.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const QUOTE = /["']/;

export function remarkTypography(options: { contentDir?: string } = {}) {
  return function transform(tree: Root, file: VFile) {
    const lang = options.contentDir ? langOfFile(options.contentDir, file.path) : DEFAULT_LANG;
    visit(tree, (node) => {
      if (!BLOCKS.has(node.type)) return;
      educateBlock(node as Parent, lang);
      return SKIP;
    });
  };
}

/** The same punctuation for a plain one-line text (a headline in frontmatter). */
export function typographic(text: string, lang: Lang = DEFAULT_LANG): string {
  const node: Text = { type: 'text', value: text };
  educateBlock({ type: 'paragraph', children: [node] } as Parent, lang);
  return node.value;
}

/** Ukrainian quotation marks for the curly double quotes SmartyPants chose (single ones are apostrophes). */
const GUILLEMETS: Record<string, string> = { '“': '«', '”': '»' };

function educateBlock(block: Parent, lang: Lang): void {
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
            const q = c === '"' || c === "'" ? curly[at + i]! : c;
            value += lang === 'uk' && c === '"' ? (GUILLEMETS[q] ?? q) : q;
          }
          p.value = value;
        }
        at += p.value.length;
      }
    }
  }
  for (const p of pieces) if (p.type === 'text') p.value = p.value.replace(/-{2,3}/g, '—').replace(/\.{3}/g, '…');
}
