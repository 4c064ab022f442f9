/**
 * A translation's headings take the ids of its English file's headings, the i-th the i-th (rehype-heading-slugs.ts has
 * given them ids from their own words first): `/uk/articles/x/#will-sanctions-on-russia-be-eased` is the
 * same section as `/articles/x/#will-sanctions-on-russia-be-eased`, and the published-anchor manifest
 * records one set of anchors per page.
 */
import type { Root, Element } from 'hast';
import { visit } from './walk.ts';
import type { VFile } from 'vfile';
import { englishHeadingIds } from '../content/english-structure.ts';

export function rehypeTranslatedHeadingIds(options: { contentDir: string }) {
  return function transform(tree: Root, file: VFile) {
    const ids = englishHeadingIds(options.contentDir, file.path);
    if (!ids) return;
    let n = 0;
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      // A heading the English lacks keeps its own id; parity reports it, naming both files.
      const id = ids[n++];
      if (id !== undefined) node.properties = { ...node.properties, id };
    });
  };
}
