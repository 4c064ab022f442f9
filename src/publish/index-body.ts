/**
 * What Pagefind reads of a page that marks a `data-pagefind-body`: that element, the page's `<html lang>` and its
 * `<head>`. Pagefind indexes nothing else of such a page, so it is handed this instead of the whole page, and
 * parses a fifth less per article (the header, navigation, rail and footer); the index it writes is the same
 * (tests/unit/index-body.test.ts runs Pagefind on both). Where the rest of the body holds anything Pagefind might
 * read of its own accord (an attribute of its, a first heading or image, a second body), the page goes whole.
 */

const BODY_OPEN = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/i;
/** What Pagefind may read outside the body element: its attributes, the default title's h1, the default image. */
const READ_ANYWHERE = /data-pagefind-|<h1\b|<img\b/i;

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

/** The page as Pagefind reads it: its head and body element in a document of its own, or the page whole. */
export function indexBody(html: string): string {
  const open = BODY_OPEN.exec(html);
  const headStart = html.search(/<head\b/i);
  const headEnd = html.search(/<\/head\s*>/i);
  const bodyStart = html.search(/<body\b/i);
  if (!open || headStart < 0 || headEnd < headStart || bodyStart < headEnd || open.index < bodyStart) return html;
  const end = elementEnd(html, open[1]!, open.index + open[0].length);
  if (end === undefined) return html;
  const before = html.slice(bodyStart, open.index);
  const after = html.slice(end);
  if (READ_ANYWHERE.test(before) || READ_ANYWHERE.test(after)) return html;
  const htmlOpen = /<html\b[^>]*>/i.exec(html);
  const head = html.slice(headStart, headEnd);
  return `<!doctype html>${htmlOpen?.[0] ?? '<html>'}${head}</head><body>${html.slice(open.index, end)}</body></html>`;
}
