/**
 * Reads a built site (`dist/`) quickly: for every HTML page, the ids it
 * defines and the links it contains. A streaming tokenizer keeps this cheap
 * enough to run on every build, even for thousands of pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Tokenizer } from 'htmlparser2';

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

/**
 * A value the facts keep, as a string of its own. A slice of the page shares the page's characters, so one kept
 * href held the whole page in memory for as long as the checks keep the facts (docs/performance-log.md). Joined to a
 * space and sliced again, the value is copied into a string just its size.
 */
const own = (value: string) => (' ' + value).slice(1);

const AIDS = new Set(['nav', 'aside']);
const HEADINGS = /^h[1-6]$/;

/**
 * A page's ids and links, from htmlparser2's tokenizer: the few attributes the checks read, taken as they come,
 * instead of the parser's object of every attribute of every tag, which cost as much again as the tokenizing.
 * As the parser reads them: names lowercased, entities decoded, the first of a repeated attribute kept
 * (`tests/build/page-facts.test.ts` holds the two to the same facts on every page of the site). Unlike the
 * parser it does not close an element left open: the site's HTML is validated, and closes what it opens.
 */
export function parsePage(html: string): PageIds {
  const page: PageIds = { ids: new Map(), selfLinked: new Set(), headingIds: new Set(), links: [], duplicateIds: [] };
  // Headings inside <nav> or <aside> ("Contents", the rail) name a navigation aid, not a section.
  let aidDepth = 0;
  // The open tag being read, and the attributes of it the checks use.
  let tag = '';
  let id: string | undefined;
  let href: string | undefined;
  let src: string | undefined;
  let className: string | undefined;
  let anchorLink = false;
  let name = '';
  let value = '';
  const opened = () => {
    if (AIDS.has(tag)) aidDepth++;
    if (id) {
      if (page.ids.has(id)) page.duplicateIds.push(id);
      page.ids.set(id, { tag, className: className ?? '' });
      if (aidDepth === 0 && HEADINGS.test(tag)) page.headingIds.add(id);
    }
    if (href !== undefined && tag !== 'base') {
      page.links.push({ attr: 'href', value: href, tag });
      if (anchorLink && href.startsWith('#')) page.selfLinked.add(decodeURIComponent(href.slice(1)));
    }
    if (src !== undefined) page.links.push({ attr: 'src', value: src, tag });
  };
  const ignored = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        id = href = src = className = undefined;
        anchorLink = false;
      },
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (name === 'id') id ??= own(value);
        else if (name === 'href') href ??= own(value);
        else if (name === 'src') src ??= own(value);
        else if (name === 'class') className ??= own(value);
        else if (name === 'data-anchor-link') anchorLink = true;
      },
      onopentagend: opened,
      onselfclosingtag: opened,
      onclosetag(start, end) {
        if (aidDepth > 0 && AIDS.has(html.slice(start, end).toLowerCase())) aidDepth--;
      },
      oncdata: ignored,
      oncomment: ignored,
      ondeclaration: ignored,
      onend: ignored,
      onprocessinginstruction: ignored,
      ontext: ignored,
      ontextentity: ignored,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return page;
}

/**
 * Every page of a built site, keyed by its site-relative path, in the order of their paths; with `known`,
 * pages unchanged since the last build are neither read nor parsed (read-pages-cache.ts).
 */
export function readBuiltSite(
  dir: string,
  known?: { readFile(key: string, file: string, parse: typeof parsePage, stamp?: string): PageIds },
  /** The site's HTML files, relative to `dir`, in order, each with its stamp if known: else `dir` is walked. */
  files: ReadonlyArray<readonly [file: string, stamp?: string]> = listHtml(dir).map((file) => [relative(dir, file)]),
): Map<string, PageIds> {
  const pages = new Map<string, PageIds>();
  for (const [name, stamp] of files) {
    const file = join(dir, name);
    const key = pageKey(dir, file);
    pages.set(key, known ? known.readFile(key, file, parsePage, stamp) : parsePage(readFileSync(file, 'utf8')));
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
