/**
 * Records a body's sentences, with their lines and citations, from the tree as parsed (before the other plugins
 * change it), for the faithfulness rules the content check runs on the same pass (content/check-bodies.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { proseSentencesOf, type CitedSentence } from '../content/faithfulness/prose-sentences.ts';

export function remarkProseSentences() {
  return (tree: Root, file: VFile) => {
    file.data.proseSentences = proseSentencesOf(tree);
  };
}

/** The sentences remarkProseSentences recorded of a file, if it ran. */
export const recordedSentences = (file: VFile): CitedSentence[] | undefined =>
  file.data.proseSentences as CitedSentence[] | undefined;
