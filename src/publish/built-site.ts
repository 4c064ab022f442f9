/**
 * Reads a built site (`dist/`) quickly: for every HTML page, the ids it
 * defines and the links it contains. A streaming parser keeps this cheap
 * enough to run on every build, even for thousands of pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

export interface PageIds {
  /** Every id on the page, with the tag and class of its element. */
  ids: Map<string, { tag: string; className: string }>;
  /** Ids this page links to from an `a[data-anchor-link]` (its own published anchors). */
  selfLinked: Set<string>;
  /** Ids of headings outside navigation and side rails: sections a reader may link to. */
  headingIds: Set<string>;
  /** Ids that appear more than once (a link to them is ambiguous). */
  duplicateIds: string[];
  /** Every href and src on the page. */
  links: Array<{ attr: 'href' | 'src'; value: string; tag: string }>;
}

/** Site-relative page path (`articles/x/`, `404.html`, `` for the home page) of an HTML file. */
export function pageKey(root: string, file: string): string {
  return relative(root, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
}

export function listHtml(dir: string, skip = new Set(['pagefind', '_astro'])): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) out.push(...listHtml(p, skip));
    } else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

const AIDS = new Set(['nav', 'aside']);
const HEADINGS = /^h[1-6]$/;

export function parsePage(html: string): PageIds {
  const page: PageIds = { ids: new Map(), selfLinked: new Set(), headingIds: new Set(), links: [], duplicateIds: [] };
  // Headings inside <nav> or <aside> ("Contents", the rail) name a navigation aid, not a section.
  let aidDepth = 0;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (AIDS.has(tag)) aidDepth++;
        if (attrs.id) {
          if (page.ids.has(attrs.id)) page.duplicateIds.push(attrs.id);
          page.ids.set(attrs.id, { tag, className: attrs.class ?? '' });
          if (aidDepth === 0 && HEADINGS.test(tag)) page.headingIds.add(attrs.id);
        }
        if (attrs.href !== undefined && tag !== 'base') {
          page.links.push({ attr: 'href', value: attrs.href, tag });
          if ('data-anchor-link' in attrs && attrs.href.startsWith('#'))
            page.selfLinked.add(decodeURIComponent(attrs.href.slice(1)));
        }
        if (attrs.src !== undefined) page.links.push({ attr: 'src', value: attrs.src, tag });
      },
      onclosetag(tag) {
        if (AIDS.has(tag)) aidDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return page;
}

/**
 * Every page of a built site, keyed by its site-relative path, in the order of their paths; with `known`,
 * pages unchanged since the last build are neither read nor parsed (read-pages-cache.ts).
 */
export function readBuiltSite(
  dir: string,
  known?: { readFile(key: string, file: string, parse: typeof parsePage): PageIds },
): Map<string, PageIds> {
  const pages = new Map<string, PageIds>();
  for (const file of listHtml(dir)) {
    const key = pageKey(dir, file);
    pages.set(key, known ? known.readFile(key, file, parsePage) : parsePage(readFileSync(file, 'utf8')));
  }
  return pages;
}

const isSourceParagraph = (id: string, el: { tag: string; className: string }) =>
  el.tag === 'p' && /^p\d+$/.test(id) && el.className === 'source-paragraph';

/**
 * The anchors a page publishes: every place it offers a link to itself
 * (`a[data-anchor-link]`: sections, entries, source sentences), plus source
 * paragraphs. Layout ids (previews, form fields, "Contents") are not published.
 */
export function publishedAnchors(page: PageIds): string[] {
  const out: string[] = [];
  for (const [id, el] of page.ids) {
    if (page.selfLinked.has(id) || isSourceParagraph(id, el)) out.push(id);
  }
  return out.sort();
}

/**
 * Public ids with no link to themselves: every section heading and every published anchor
 * (entries, sentences, paragraphs) needs its copy-link, or a reader cannot share the place.
 */
export function idsWithoutCopyLink(page: PageIds): string[] {
  const out: string[] = [];
  for (const [id, el] of page.ids) {
    if (page.selfLinked.has(id)) continue;
    if (page.headingIds.has(id) || isSourceParagraph(id, el)) out.push(id);
  }
  return out.sort();
}
