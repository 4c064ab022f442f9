/**
 * Gives every article section heading (h2–h4, already given an id by
 * rehype-slug) a link to itself, placed beside the heading rather than inside
 * it so the heading's accessible name stays clean. The visually hidden label
 * is kept out of the search index.
 */
import type { Root, Element, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** The hast for an anchor link; `AnchorLink.astro` renders the same markup for entries. */
export function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, dataAnchorLink: '', dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: `Link to section: ${label}` }],
      },
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['anchor-icon'] }, children: [{ type: 'text', value: '#' }] },
    ],
  };
}

export function rehypeHeadingLinks() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !HEADINGS.has(node.tagName)) return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrap', `level-${node.tagName}`] },
        children: [node, anchorLink(id, toString(node))] as ElementContent[],
      };
      parent.children.splice(index, 1, wrapper);
      return index + 1; // skip the wrapper we just inserted
    });
  };
}
