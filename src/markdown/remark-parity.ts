/**
 * Parity in the content check (content/check.ts runs it on each translation's body, before any other plugin
 * changes the tree): the same blocks as the English file, in the same order, each citing the same sentences
 * (content/parity.ts). Each difference is reported in the translation, naming the English file and line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blocksOfTree, compareBlocks } from '../content/parity.ts';
import { englishStructure } from '../content/english-structure.ts';
import { placeOf } from '../content/translation-files.ts';
import { contentFailure } from './fail.ts';
import type { ContentIndex } from '../content/content-index.ts';

export function remarkParity(options: { contentDir: string; index?: ContentIndex }) {
  // A citation of a sentence its source lacks is reported in its own file (remark-citations.ts).
  const sources = options.index?.sources;
  const citable = sources
    ? (cite: string) => {
        const [source, id] = cite.split('#');
        return sources.get(source!)?.sentences.has(id!) ?? false;
      }
    : undefined;
  return function transform(tree: Root, file: VFile) {
    const english = englishStructure(options.contentDir, file.path);
    if (!english) return;
    const exactHeadings = placeOf(options.contentDir, file.path!)?.folder === 'comparison';
    compareBlocks(
      english.blocks,
      blocksOfTree(tree),
      { english: english.shown, translation: '', exactHeadings, citable },
      contentFailure(file),
    );
  };
}
