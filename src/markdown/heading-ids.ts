/**
 * The id rehype-slug gives a heading, predicted from the Markdown: github-slugger over the heading's
 * text after typography, with "-1", "-2" for repeats within a document. Back-links land on sections
 * through these ids, so every prediction goes through here.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { existsSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { typographic } from './remark-typography.ts';
import { parseMarkdown } from './syntax.ts';
import { readContentFile } from '../content/content-file.ts';
import { englishFileOf } from '../content/translation-files.ts';

/** A document's heading ids, in order: call it once per heading. */
export function headingIdSequence(): (heading: Heading) => string {
  const slugger = new GithubSlugger();
  return (heading) => slugger.slug(typographic(toString(heading)));
}

/** The id of a heading's words without the repeat suffix: two headings with the same words share it. */
export const headingWordsId = (text: string): string => slug(text);

/**
 * The ids a translation's headings take: its English file's, in order, so a section has one anchor in every
 * edition and the language switch lands on it (parity keeps the count the same). Undefined for an English file.
 */
export function englishHeadingIds(contentDir: string, path: string | undefined): string[] | undefined {
  const english = path ? englishFileOf(contentDir, path) : undefined;
  if (!english || !existsSync(english)) return undefined;
  const record = readContentFile(english);
  if (record.problem) return undefined;
  const idOf = headingIdSequence();
  const ids: string[] = [];
  visit(parseMarkdown(record.body), 'heading', (h: Heading) => void ids.push(idOf(h)));
  return ids;
}
