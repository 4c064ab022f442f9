/**
 * The Markdown our content is written in: CommonMark plus GitHub's tables,
 * strikethrough and footnotes. Bare URLs are not turned into links (GFM's
 * autolink literals): editors write [words](https://…), and parsing is faster
 * without the extension. Every parser in the project —
 * the page renderer, the reference graph, the comparison loader — reads
 * content through this one definition, so they agree on what a file says.
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

const micromarkExtensions = () => [gfmTable(), gfmStrikethrough(), gfmFootnote()];
const mdastExtensions = () => [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown()];

/** Parses Markdown the way the site renders it. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: micromarkExtensions(), mdastExtensions: mdastExtensions() });
}

/** A remark plugin that teaches remark-parse the same syntax. */
export function remarkContentSyntax(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(...micromarkExtensions());
  (data.fromMarkdownExtensions ??= []).push(...mdastExtensions());
}
