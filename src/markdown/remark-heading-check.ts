/**
 * The heading checks of rehype-heading-links.ts on the Markdown itself, with the ids rehype-heading-slugs.ts would
 * give (heading-ids.ts): the content check runs this instead of converting every document to HTML.
 */
import type { Root, Heading } from 'mdast';
import { visit } from './walk.ts';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { typographic } from './remark-typography.ts';
import { headingChecker } from './heading-check.ts';
import { englishHeadingIds } from '../content/english-structure.ts';

export function remarkHeadingCheck(options: { contentDir?: string } = {}) {
  return function transform(tree: Root, file: VFile) {
    const check = headingChecker(file, options.contentDir);
    const slugger = new GithubSlugger();
    // A translation's headings take its English file's ids (rehype-translated-heading-ids.ts).
    const ids = options.contentDir ? englishHeadingIds(options.contentDir, file.path) : undefined;
    let n = 0;
    visit(tree, 'heading', (node: Heading) => {
      const words = typographic(toString(node));
      const own = slugger.slug(words);
      check(words, ids?.[n++] ?? own, node.position?.start.line, node.depth);
    });
  };
}
