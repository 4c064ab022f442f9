/**
 * The ways a heading can go wrong: two headings with the same words would share an anchor (repeats get "-1",
 * which shifts when either moves); a heading may not take an id the page layout already uses; and the levels
 * must make an outline, as readers who move by headings (screen readers, the contents list) rely on: the page's
 * title is its only level 1, and no heading skips a level below the one before it. Checked on the HTML as it
 * is rendered (rehype-heading-links.ts) and, for the content check, on the Markdown with the ids predicted
 * (remark-heading-check.ts), by this one function.
 */
import type { VFile } from 'vfile';
import { headingWordsId } from './heading-ids.ts';
import { bodyLineOffset } from './body-offset.ts';
import { contentFailure } from './fail.ts';
import { placeOf } from '../content/translation-files.ts';

/** Ids the page layout already uses: a heading may not take them (nor a footnote's, fn1, fn2…). */
export const RESERVED_IDS = new Set([
  'main',
  'toc-title',
  'rail-events',
  'rail-compare',
  'rail-terms',
  'earlier-corrections',
  'copy-status',
  'header-search',
  'text',
  'where-cited',
  'link-preview',
]);

/** Bodies that sit right under their page's title; an entry's body sits under its entry's heading, at 2 or 3. */
const UNDER_TITLE = new Set(['articles', 'pages']);

/**
 * Returns a checker to call on each heading of the file in order, with its words, id, line and level (1–6).
 * `contentDir`: where the file is, to know the level its body sits under (without it, the first heading's).
 */
export function headingChecker(file: VFile, contentDir?: string) {
  const offset = bodyLineOffset(file);
  const fail = contentFailure(file);
  const seen = new Map<string, number>();
  const folder = contentDir && file.path ? placeOf(contentDir, file.path)?.folder : undefined;
  let above: number | undefined = UNDER_TITLE.has(folder ?? '') ? 1 : undefined;
  return (words: string, id: string, line: number | undefined, level: number) => {
    if (level === 1)
      fail(
        line,
        `the heading "${words}" is level 1 (# …), the level of the page's own title.`,
        'start sections at level 2 (## …), with ### for a section within one.',
      );
    else if (above !== undefined && level > above + 1)
      fail(
        line,
        `the heading "${words}" is level ${level} (${'#'.repeat(level)} …) ${
          above === 1 ? "under the page's title" : `after a level ${above} heading`
        }, so it skips a level: readers who move by headings would find a gap in the outline.`,
        `make it level ${above + 1} (${'#'.repeat(above + 1)} …).`,
      );
    above = Math.max(level, 2);
    const base = headingWordsId(words);
    if (!/[\p{L}\p{N}]/u.test(base))
      return fail(
        line,
        `the heading ${JSON.stringify(words)} has no letters or digits, which its anchor (#…) is made of.`,
        'give the heading words.',
      );
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
