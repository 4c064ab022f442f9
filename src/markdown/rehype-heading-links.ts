/**
 * Gives every article section heading (h2–h4, already given an id by
 * rehype-slug) a link to itself, placed beside the heading rather than inside
 * it so the heading's accessible name stays clean. The visually hidden label
 * is kept out of the search index.
 */
import type { Root, Element, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { headingWordsId } from './heading-ids.ts';
import { bodyLineOffset } from './body-offset.ts';
import { contentFailure } from './fail.ts';
import { anchorLink } from './anchor-link.ts';
import { langOfFile } from '../content/translation-files.ts';

/** Ids the page layout already uses: a heading may not take them (nor a footnote's, fn1, fn2…). */
export const RESERVED_IDS = new Set([
  'main',
  'toc-title',
  'rail-events',
  'rail-terms',
  'copy-status',
  'header-search',
  'text',
  'where-cited',
  'link-preview',
]);

const HEADINGS = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingLinks(options: { contentDir?: string } = {}) {
  return function transform(tree: Root, file: VFile) {
    const lang = options.contentDir ? langOfFile(options.contentDir, file.path) : 'en';
    const offset = bodyLineOffset(file);
    const failAt = contentFailure(file);
    const seen = new Map<string, number>();
    const fail = (node: Element, problem: string, fix: string) => failAt(node.position?.start.line, problem, fix);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !/^h[1-6]$/.test(node.tagName)) return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      // Two headings with the same words would share an anchor (rehype-slug adds "-1",
      // which shifts when either moves); a layout id would be taken twice.
      const base = headingWordsId(toString(node));
      const first = seen.get(base);
      if (first !== undefined)
        fail(
          node,
          `the heading "${toString(node)}" repeats the one on line ${first + offset}, ` +
            `so both would claim the anchor #${base}.`,
          'reword one of the two headings.',
        );
      seen.set(base, node.position?.start.line ?? 0);
      if (RESERVED_IDS.has(id) || /^fn\d+$/.test(id))
        fail(
          node,
          `the heading "${toString(node)}" would get the id #${id}, which the page layout already uses.`,
          'reword the heading.',
        );
      if (!HEADINGS.has(node.tagName)) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrap', `level-${node.tagName}`] },
        children: [node, anchorLink(id, toString(node), lang)] as ElementContent[],
      };
      parent.children.splice(index, 1, wrapper);
      return index + 1; // skip the wrapper we just inserted
    });
  };
}
