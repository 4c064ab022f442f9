/**
 * The two ways a heading's anchor can go wrong: two headings with the same words would share an anchor
 * (repeats get "-1", which shifts when either moves), and a heading may not take an id the page
 * layout already uses. Checked on the HTML as it is rendered (rehype-heading-links.ts) and, for the
 * content check, on the Markdown with the ids predicted (remark-heading-check.ts), by this one function.
 */
import type { VFile } from 'vfile';
import { headingWordsId } from './heading-ids.ts';
import { bodyLineOffset } from './body-offset.ts';
import { contentFailure } from './fail.ts';

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

/** Returns a checker to call on each heading of the file in order, with its words, id and line. */
export function headingChecker(file: VFile) {
  const offset = bodyLineOffset(file);
  const fail = contentFailure(file);
  const seen = new Map<string, number>();
  return (words: string, id: string, line: number | undefined) => {
    const base = headingWordsId(words);
    const first = seen.get(base);
    if (first !== undefined)
      fail(
        line,
        `the heading "${words}" repeats the one on line ${first + offset}, so both would claim the anchor #${base}.`,
        'reword one of the two headings.',
      );
    seen.set(base, line ?? 0);
    if (RESERVED_IDS.has(id) || /^fn\d+$/.test(id))
      fail(
        line,
        `the heading "${words}" would get the id #${id}, which the page layout already uses.`,
        'reword the heading.',
      );
  };
}
