/**
 * A page's ids and links read by htmlparser2's own Parser, the way the site checks read them before they took
 * the tokenizer's events directly (src/publish/built-site.ts): the reference that reading is held to.
 */
import { Parser } from 'htmlparser2';
import type { PageIds } from '../../src/publish/built-site.ts';

export function parsedByParser(html: string): PageIds {
  const page: PageIds = { ids: new Map(), selfLinked: new Set(), headingIds: new Set(), links: [], duplicateIds: [] };
  let aidDepth = 0;
  const aids = new Set(['nav', 'aside']);
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (aids.has(tag)) aidDepth++;
        if (attrs.id) {
          if (page.ids.has(attrs.id)) page.duplicateIds.push(attrs.id);
          page.ids.set(attrs.id, { tag, className: attrs.class ?? '' });
          if (aidDepth === 0 && /^h[1-6]$/.test(tag)) page.headingIds.add(attrs.id);
        }
        if (attrs.href !== undefined && tag !== 'base') {
          page.links.push({ attr: 'href', value: attrs.href, tag });
          if ('data-anchor-link' in attrs && attrs.href.startsWith('#'))
            page.selfLinked.add(decodeURIComponent(attrs.href.slice(1)));
        }
        if (attrs.src !== undefined) page.links.push({ attr: 'src', value: attrs.src, tag });
      },
      onclosetag(tag) {
        if (aids.has(tag)) aidDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return page;
}
