/**
 * What a frontmatter field that links an article (`article:x#section`: a question's `link`, a comparison row's
 * `see`) may name: an article that exists, and a section it has. Links in Markdown bodies are checked by their
 * plugin (markdown/remark-entry-links.ts), which asks the same `sectionIdsOf`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sectionIdsOf } from './english-structure.ts';
import { parseEntryLink } from '../markdown/entry-links.ts';

/** The fix for a section an article does not have: its headings' ids. */
export const sectionsFix = (ids: readonly string[]): string =>
  ids.length > 0
    ? `use the id of one of its headings: ${ids.map((id) => `#${id}`).join(', ')}.`
    : 'link the article without a section: it has no headings.';

/** The file of article `id` (`content/articles/<id>.md`), and its section ids if `section` is not one of them. */
export function missingSection(contentDir: string, id: string, section: string): { file: string; ids?: string[] } {
  const file = join(contentDir, 'articles', `${id}.md`);
  const ids = sectionIdsOf(file);
  return { file, ids: ids && !ids.includes(section) ? ids : undefined };
}

/** What is wrong with `field`'s link `value` to an article, if anything (a malformed one is the schema's to say). */
export function articleLinkProblem(
  contentDir: string,
  field: string,
  value: string,
): { problem: string; fix: string } | undefined {
  const link = parseEntryLink(value);
  if (link?.kind !== 'article') return undefined;
  if (!existsSync(join(contentDir, 'articles', `${link.id}.md`)))
    return {
      problem: `"${field}" names "${link.id}", but there is no content/articles/${link.id}.md.`,
      fix: 'use the id (file name) of an existing article, or create it.',
    };
  const ids = link.hash === undefined ? undefined : missingSection(contentDir, link.id, link.hash).ids;
  if (!ids) return undefined;
  return {
    problem: `"${field}" names the section "#${link.hash}", which content/articles/${link.id}.md does not have.`,
    fix: sectionsFix(ids),
  };
}
