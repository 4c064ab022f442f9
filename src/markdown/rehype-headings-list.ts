/**
 * The headings Astro's render() returns for a body (tables of contents): the depth, id and text of each,
 * in order. What Astro's own collecting step gathers once every heading has an id, on our walk (walk.ts).
 */
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from './walk.ts';

export interface HeadingEntry {
  depth: number;
  slug: string;
  text: string;
}

export function rehypeHeadingsList() {
  return function transform(tree: Root, file: VFile) {
    const headings: HeadingEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      const id = node.properties.id;
      if (depth && typeof id === 'string') headings.push({ depth: Number(depth), slug: id, text: toString(node) });
    });
    const data = file.data as { astro?: { headings?: HeadingEntry[] } };
    (data.astro ??= {}).headings = headings;
  };
}
