/**
 * A link that leaves the site (http, https or protocol-relative) gets rel="noopener noreferrer": the next
 * site learns neither where the reader came from nor gets a hold on this window. What rehype-external-links
 * does with those options, on our own walk (walk.ts).
 */
import type { Element, Root } from 'hast';
import { visit } from './walk.ts';

const LEAVES_THE_SITE = /^(https?:)?\/\//i;

export function rehypeExternalLinkRel() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && LEAVES_THE_SITE.test(href))
        node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
}
