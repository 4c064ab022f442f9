/**
 * Gives every heading without an id one from its words: github-slugger, with "-1", "-2" for repeats in a
 * document, as heading-ids.ts predicts from the Markdown. The step rehype-slug makes, on our own walk,
 * which makes nothing per node (walk.ts); the library's walk names a function for every node.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from './walk.ts';

export function rehypeHeadingSlugs() {
  return function transform(tree: Root) {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) && !node.properties.id) node.properties.id = slugger.slug(toString(node));
    });
  };
}
