/**
 * What Pagefind reads of a page that marks a `data-pagefind-body`: that element, in the page's `<html>`. Pagefind
 * indexes nothing else of such a page, so it is handed this instead of the whole page, and parses a fifth less per
 * article (the head, header, navigation and footer); the index it writes is the same (tests/unit/index-body.test.ts
 * runs Pagefind on both). Where the rest of the page holds anything Pagefind might read of its own accord (an
 * attribute of its, a first heading or image, a second body), where the element has no h1 for the title, or where
 * it holds a comment or a script whose text could hide its end, the page goes whole. The element is found by
 * counting its tags, not by parsing the page: htmlparser2's parser found the same element in every page of the
 * bench, but took the build's thread 0.27 ms a page against 0.04 ms, about half of what Pagefind is spared.
 */

const BODY_OPEN = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/i;
/** What Pagefind may read outside the body element: its attributes, the default title's h1, the default image. */
const READ_ANYWHERE = /data-pagefind-|<h1\b|<img\b/i;
/** Where a tag's name may stand for no tag (a comment, a script's or style's text), so counting tags could err. */
const NOT_COUNTABLE = /<!--|<!\[CDATA\[|<(?:script|style|textarea|title)\b/i;

/** The end of the element whose open tag ends at `from`, by counting its name's opening and closing tags. */
function elementEnd(html: string, tag: string, from: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

/** The open tag of an element Pagefind skips with all it holds, filters and metadata too. */
const IGNORED_OPEN = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-ignore=(["']?)all\2(?=[\s/>])[^>]*>/gi;

/**
 * The element without what Pagefind skips whole (an article's contents, notes and rail, a third of it): less for
 * Pagefind to parse, and the same index. An ignored element whose end is not found leaves the element as it is.
 */
function withoutIgnored(element: string): string {
  let kept = '';
  let from = 0;
  IGNORED_OPEN.lastIndex = 0;
  for (let open = IGNORED_OPEN.exec(element); open; open = IGNORED_OPEN.exec(element)) {
    const openEnd = open.index + open[0].length;
    const end = open[0].endsWith('/>') ? openEnd : elementEnd(element, open[1]!, openEnd);
    if (end === undefined) return element;
    kept += element.slice(from, open.index);
    from = IGNORED_OPEN.lastIndex = end;
  }
  return kept + element.slice(from);
}

/**
 * The page as Pagefind reads it: its body element, without what Pagefind skips, in a document of its own; or the
 * page whole.
 */
export function indexBody(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) return html;
  const end = elementEnd(html, open[1]!, open.index + open[0].length);
  if (end === undefined) return html;
  const element = html.slice(open.index, end);
  // Pagefind's default title is the first h1: without one in the element it might look elsewhere.
  if (NOT_COUNTABLE.test(element) || !/<h1\b/i.test(element)) return html;
  if (READ_ANYWHERE.test(html.slice(0, open.index)) || READ_ANYWHERE.test(html.slice(end))) return html;
  const htmlOpen = /<html\b[^>]*>/i.exec(html);
  return `<!doctype html>${htmlOpen?.[0] ?? '<html>'}<body>${withoutIgnored(element)}</body></html>`;
}
