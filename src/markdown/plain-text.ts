/** The words a reader reads in Markdown, from the parsed tree: no citations, no syntax. */
import type { Nodes } from 'mdast';
import { parseMarkdown } from './syntax.ts';
import { scanCitations } from './citation-syntax.ts';

/** Inline containers: their children run together; every other container's children are blocks. */
const INLINE = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/** A text without its citations (and the space before each, as a citation hugs its word). */
export function withoutCitations(value: string): string {
  let out = '';
  let at = 0;
  for (const marker of scanCitations(value).markers) {
    out += value.slice(at, marker.start).replace(/\s+$/u, '');
    at = marker.end;
  }
  return out + value.slice(at);
}

/** A node's text; blocks are separated by a line break. HTML (refused in content) counts as no text. */
export function plainText(node: Nodes): string {
  if (node.type === 'text') return withoutCitations(node.value);
  if (node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(plainText).join(INLINE.has(node.type) ? '' : '\n');
}

/** The text of the first block of a Markdown body, on one line (a glossary definition's summary). */
export function firstBlockText(markdown: string): string {
  const first = parseMarkdown(markdown).children[0];
  return first ? plainText(first).replace(/\s+/gu, ' ').trim() : '';
}

/** How many words a text has. */
export const countWords = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
