/**
 * Content is Markdown, never markup: raw HTML could carry script, and so could a `javascript:`,
 * `vbscript:` or `data:` URL. Either is a ContentError with its line; HTML comments are dropped.
 */
import type { Root, Html } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from './walk.ts';
import { contentFailure } from './fail.ts';

/** An address that runs script or carries data: refused in any link. */
export const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

export function remarkNoRawHtml() {
  return function transform(tree: Root, file: VFile) {
    const fail = contentFailure(file);
    visit(tree, 'html', (node: Html, index, parent) => {
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      fail(
        node.position?.start.line,
        `raw HTML is not allowed in content: ${JSON.stringify(node.value.trim().slice(0, 60))}.`,
        'write it in Markdown (links, emphasis, lists, blockquotes), or remove it.',
      );
    });
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && SCRIPT_URL.test(node.url)) {
        fail(
          node.position?.start.line,
          `the link ${JSON.stringify(node.url.slice(0, 60))} uses a script or data URL.`,
          'link to an http(s) address, or to an entry with glossary:, people:, timeline: or article:.',
        );
      }
    });
  };
}
