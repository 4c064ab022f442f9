import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { MARKDOWN_WORDS } from './words.ts';

/** The hast for a section's or entry's link to itself (headings here, entries through AnchorLink.astro). */
export function anchorLink(id: string, label: string, lang: Lang = DEFAULT_LANG): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Search leaves it out by its class (publish/search-records.ts: UNINDEXED), as it does citations.
    properties: { className: ['anchor-link'], href: `#${id}`, dataAnchorLink: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: `${MARKDOWN_WORDS[lang].sectionLink}${label}` }],
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
export const anchorLinkHtml = (id: string, label: string, lang: Lang = DEFAULT_LANG): string =>
  toHtml(anchorLink(id, label, lang), {
    collapseEmptyAttributes: true,
    characterReferences: { useNamedReferences: true },
  });
