/**
 * Content is Markdown, never markup: raw HTML could carry script, and so could a `javascript:`,
 * `vbscript:` or `data:` URL. Either is a ContentError with its line; HTML comments are dropped.
 * So is the Markdown the site does not publish: images, footnotes, code blocks (a paragraph indented by
 * four spaces is one), and links that are neither a web address nor an entry link (`Glossary:x`, or an entry
 * link in a reference definition, which entry links do not resolve).
 */
import type { Root, Html } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from './walk.ts';
import { contentFailure } from './fail.ts';
import { LINK_KINDS } from '../content/content-index.ts';
import { ENTRY_LIKE, SCRIPT_URL, WEB_SCHEMES } from './link-schemes.ts';

/** An address's scheme; once entry links are resolved, only the web's, mail's and the phone's are left. */
const SCHEME = /^\s*([a-z][a-z\d+.-]*):/i;

const ENTRY_LINK_FIX =
  'write an entry link inline, its kind in lower case: [words](glossary:term-id), the kinds being ' +
  `${LINK_KINDS.join(', ')}; or give a full http(s) address.`;

const IMAGE: [string, string] = [
  'an image: the site publishes text only.',
  'remove it, or link to where the image is.',
];
const FOOTNOTE: [string, string] = [
  'a footnote: the site has no footnotes.',
  'cite the source sentence with [@source#sN], or say it in the text.',
];

/** What each kind of Markdown the site does not publish is, and what to write instead. */
const UNPUBLISHED: Record<string, [string, string]> = {
  image: IMAGE,
  imageReference: IMAGE,
  footnoteReference: FOOTNOTE,
  footnoteDefinition: FOOTNOTE,
  code: [
    'a code block (a line indented by four spaces, or fenced with ```): it would show as raw text.',
    'remove the indentation or the fence.',
  ],
};

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
      const line = node.position?.start.line;
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && SCRIPT_URL.test(node.url))
        fail(line, `the link ${JSON.stringify(node.url.slice(0, 60))} uses a script or data URL.`, ENTRY_LINK_FIX);
      else if (
        // A link like an entry link of an unknown kind (`person:x`) is the entry-link plugin's to report.
        (node.type === 'definition' || (node.type === 'link' && !ENTRY_LIKE.test(node.url))) &&
        !WEB_SCHEMES.has(SCHEME.exec(node.url)?.[1]?.toLowerCase() ?? 'http')
      )
        fail(
          line,
          `the link ${JSON.stringify(node.url.slice(0, 60))} is neither a web address nor an entry link ` +
            'the site resolves.',
          ENTRY_LINK_FIX,
        );
      const unpublished = UNPUBLISHED[node.type];
      if (unpublished) fail(line, ...unpublished);
    });
  };
}
