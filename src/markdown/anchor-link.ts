import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** The hast for a section's or entry's link to itself (headings here, entries through AnchorLink.astro). */
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
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true', className: ['anchor-icon'] },
        children: [{ type: 'text', value: '#' }],
      },
    ],
  };
}

/** The same link as HTML, written the way Astro writes attributes (`data-anchor-link`, not `=""`). */
export const anchorLinkHtml = (id: string, label: string): string =>
  toHtml(anchorLink(id, label), { collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } });
