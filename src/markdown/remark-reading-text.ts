/**
 * How many words a file has as a reader reads it (an article's reading time), recorded while it renders so
 * that no page parses the Markdown again. It runs first, on the tree as parsed: citations are still markers
 * in the text, which plainText leaves out.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { countWords, plainText } from './plain-text.ts';
import { recordInFrontmatter } from './recorded.ts';

export interface ReadingText {
  words: number;
}

/** What render() returns of it, under the frontmatter Astro keeps with the entry. */
export function readingTextOf(frontmatter: unknown): ReadingText | undefined {
  return (frontmatter as { readingText?: ReadingText } | undefined)?.readingText;
}

export function remarkReadingText() {
  return function transform(tree: Root, file: VFile) {
    const readingText: ReadingText = { words: countWords(plainText(tree)) };
    recordInFrontmatter(file, 'readingText', readingText);
  };
}
