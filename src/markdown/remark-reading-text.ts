/**
 * The words of a file as a reader reads them, recorded while it renders so that no page parses the Markdown
 * again: how many words it has (an article's reading time), and for an English article each section's text
 * under its heading id ("mentioned in": content/reference-graph.ts finds names in it).
 * It runs first, on the tree as parsed: citations are still markers in the text, which plainText leaves out.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { countWords, plainText } from './plain-text.ts';
import { headingIdSequence } from './heading-ids.ts';
import { placeOf } from '../content/translation-files.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';

export interface SectionText {
  /** The heading's id; none for the text before the first heading. */
  id?: string;
  text: string;
}

export interface ReadingText {
  words: number;
  /** An English article's sections with any text; empty for every other file. */
  sections: SectionText[];
}

/** A parsed document's sections (a heading to the next) as plain text, with the heading's id. */
export function sectionTexts(tree: Root): SectionText[] {
  const idOf = headingIdSequence();
  const out: SectionText[] = [{ text: '' }];
  for (const node of tree.children) {
    if (node.type === 'heading') out.push({ id: idOf(node), text: '' });
    else out[out.length - 1]!.text += `${plainText(node)}\n`;
  }
  return out.filter((s) => s.text.trim() !== '');
}

/** What render() returns of it, under the frontmatter Astro keeps with the entry. */
export function readingTextOf(frontmatter: unknown): ReadingText | undefined {
  return (frontmatter as { readingText?: ReadingText } | undefined)?.readingText;
}

export function remarkReadingText(options: { contentDir: string }) {
  return function transform(tree: Root, file: VFile) {
    const place = file.path ? placeOf(options.contentDir, file.path) : undefined;
    const article = place?.folder === 'articles' && place.lang === DEFAULT_LANG;
    const readingText: ReadingText = {
      words: countWords(plainText(tree)),
      sections: article ? sectionTexts(tree) : [],
    };
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    // A copy: the frontmatter object belongs to Astro's entry.
    astro.frontmatter = { ...(astro.frontmatter ?? {}), readingText };
  };
}
