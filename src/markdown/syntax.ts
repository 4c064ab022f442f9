/**
 * The Markdown our content is written in: CommonMark plus GitHub's tables,
 * strikethrough and footnotes. Bare URLs are not turned into links (GFM's
 * autolink literals): editors write [words](https://…). Every parser in the
 * project — the page renderer, the reference graph, the comparison loader —
 * reads content through this one definition, so they agree on what a file says.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { markdownToMdast } from 'satteri';

const micromarkExtensions = () => [gfmTable(), gfmStrikethrough(), gfmFootnote()];
const mdastExtensions = () => [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown()];

/**
 * Text that Sätteri (Rust, the parser Astro 7 ships) would read otherwise than micromark: it always applies
 * GFM's autolink literals (an address, `://`, `www.`) and task lists (`[ ]`), and it can split indented code
 * that follows a closed list. Anything else it parses into the same tree, positions included
 * (`tests/unit/markdown-syntax.test.ts`), many times faster.
 */
const MICROMARK_ONLY = /[\w.+-]@|:\/\/|www\.|\[[ x]\]|^(?: {0,3}[>*+-]| {0,3}\d+[.)])*(?: {4}|\t)/im;

/** The tree micromark makes of it, with our syntax: the reference the fast path is held to. */
export function parseWithMicromark(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: micromarkExtensions(), mdastExtensions: mdastExtensions() });
}

/** Whether parseMarkdown leaves this text to micromark. */
export const needsMicromark = (markdown: string): boolean => MICROMARK_ONLY.test(markdown);

/** Parses Markdown the way the site renders it. */
export function parseMarkdown(markdown: string): Root {
  if (needsMicromark(markdown)) return parseWithMicromark(markdown);
  return markdownToMdast(markdown, { features: { frontmatter: false } }) as Root;
}

/** A remark plugin that makes a unified processor parse with parseMarkdown, in place of remark-parse. */
export function remarkContentSyntax(this: Processor) {
  this.parser = (document) => parseMarkdown(document);
}
