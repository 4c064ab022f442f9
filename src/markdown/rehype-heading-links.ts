/**
 * Gives every article section heading (h2–h4, already given an id by
 * rehype-heading-slugs.ts) a link to itself, placed beside the heading rather than inside
 * it so the heading's accessible name stays clean. The visually hidden label
 * is kept out of the search index.
 */
import type { Root, Element, ElementContent } from 'hast';
import { visit } from './walk.ts';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { headingChecker } from './heading-check.ts';
import { anchorLink } from './anchor-link.ts';
import { langOfFile } from '../content/translation-files.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingLinks(options: { contentDir?: string } = {}) {
  return function transform(tree: Root, file: VFile) {
    const lang = options.contentDir ? langOfFile(options.contentDir, file.path) : 'en';
    const check = headingChecker(file, options.contentDir);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !/^h[1-6]$/.test(node.tagName)) return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      check(toString(node), id, node.position?.start.line, Number(node.tagName[1]));
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
