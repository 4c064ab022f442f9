/**
 * The id rehype-heading-slugs.ts gives a heading, predicted from the Markdown: github-slugger over the heading's
 * text after typography, with "-1", "-2" for repeats within a document. Back-links land on sections
 * through these ids, so every prediction goes through here.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { typographic } from './remark-typography.ts';

/** A document's heading ids, in order: call it once per heading. */
export function headingIdSequence(): (heading: Heading) => string {
  const slugger = new GithubSlugger();
  return (heading) => slugger.slug(typographic(toString(heading)));
}

/** The id of a heading's words without the repeat suffix: two headings with the same words share it. */
export const headingWordsId = (text: string): string => slug(text);
