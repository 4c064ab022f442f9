/**
 * What a translation takes from its English file's body: the heading ids (a translation's headings take them,
 * in order) and the blocks its own must match (parity.ts). The English file is parsed once per process while
 * it is unchanged, however many plugins ask.
 */
import { existsSync } from 'node:fs';
import type { Heading } from 'mdast';
import { visit } from '../markdown/walk.ts';
import { readContentFile, type ContentFile } from './content-file.ts';
import { englishFileOf } from './translation-files.ts';
import { blocksOfTree, type Block } from './parity.ts';
import { headingIdSequence } from '../markdown/heading-ids.ts';
import { parseMarkdown } from '../markdown/syntax.ts';

export interface EnglishStructure {
  /** The English file as shown to editors. */
  shown: string;
  headingIds: string[];
  blocks: Block[];
}

const cache = new WeakMap<ContentFile, EnglishStructure>();

/** The structure of the English file a translation translates; undefined for an English file. */
export function englishStructure(contentDir: string, path: string | undefined): EnglishStructure | undefined {
  const english = path ? englishFileOf(contentDir, path) : undefined;
  return english ? structureOf(english) : undefined;
}

/** An English file's structure, parsed once per process while the file is unchanged; undefined if unreadable. */
function structureOf(english: string): EnglishStructure | undefined {
  if (!existsSync(english)) return undefined;
  const record = readContentFile(english);
  if (record.problem) return undefined;
  let found = cache.get(record);
  if (!found) {
    // Lines as in the file: the frontmatter blanked.
    const tree = parseMarkdown('\n'.repeat(record.bodyLine - 1) + record.body);
    const idOf = headingIdSequence();
    const headingIds: string[] = [];
    visit(tree, 'heading', (h: Heading) => void headingIds.push(idOf(h)));
    found = { shown: record.shown, headingIds, blocks: blocksOfTree(tree) };
    cache.set(record, found);
  }
  return found;
}

/**
 * The ids of the sections of an English file (`content/articles/x.md`), as its page gives its headings: what a
 * link `article:x#id` may name. Undefined if the file is missing or unreadable (reported as such elsewhere).
 */
export const sectionIdsOf = (file: string): string[] | undefined => structureOf(file)?.headingIds;

/**
 * The ids a translation's headings take: its English file's, in order, so a section has one anchor in every
 * edition and the language switch lands on it (parity keeps the count the same). Undefined for an English file.
 */
export const englishHeadingIds = (contentDir: string, path: string | undefined): string[] | undefined =>
  englishStructure(contentDir, path)?.headingIds;
