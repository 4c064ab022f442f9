/**
 * Content is Markdown, never markup: raw HTML could carry script, and so could a `javascript:`,
 * `vbscript:` or `data:` URL. Either is a ContentError with its line; HTML comments are dropped.
 * So is the Markdown the site does not publish: images, footnotes, code blocks (a paragraph indented by
 * four spaces is one), links that are neither a web address nor an entry link (`Glossary:x`, or an entry
 * link in a reference definition, which entry links do not resolve), an address with no scheme (`www.x.org`,
 * `../glossary/x.md`), which a browser would look for under the page's own address, and a link Markdown does not
 * read as one (`[words] (glossary:x)`), which would be printed as typed.
 */
import type { Root, Html } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from './walk.ts';
import { contentFailure, lineWithin } from './fail.ts';
import { LINK_FOLDERS, LINK_KINDS } from '../content/content-index.ts';
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

/**
 * Link syntax Markdown did not read as a link, left in the text: "](" or "] (" before an entry link's kind or a web
 * address (a space between "]" and "(", a space inside "(…)", or no closing ")").
 */
const BROKEN_LINK = new RegExp(`\\]\\s*\\(\\s*(?:(?:${LINK_KINDS.join('|')})\\s*:|https?:|www\\.)`, 'i');

/** An address written without a scheme: a path relative to the page (not `/…`, `//…` or `#…`), or none at all. */
const RELATIVE = /^(?![/#])(?![a-z][a-z\d+.-]*:)/i;

/** The entry link a path to a content file means (`../glossary/x.md` → `glossary:x`), if it names one. */
function entryLinkFor(url: string): string | undefined {
  const m = /(?:^|\/)([a-z]+)\/(?:#)?([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md)?\/?$/.exec(url);
  const kind = m && LINK_KINDS.find((k) => LINK_FOLDERS[k] === m[1]);
  return kind ? `${kind}:${m[2]}` : undefined;
}

/** Where an address without a scheme leads, and what to write instead. */
function relativeLink(url: string): [problem: string, fix: string] {
  if (url.trim() === '') return ['the link has no address, so it leads nowhere.', ENTRY_LINK_FIX];
  const shown = JSON.stringify(url.slice(0, 60));
  const problem =
    `the link ${shown} has no "https://" or entry-link kind, so a browser would look for it under the page's own ` +
    'address, where there is nothing.';
  const entry = entryLinkFor(url);
  if (entry) return [problem, `link the entry itself: [words](${entry}).`];
  if (/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]|$)/i.test(url))
    return [problem, `write the whole address: (https://${url}).`];
  return [problem, ENTRY_LINK_FIX];
}

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
      else if (node.type === 'link' && RELATIVE.test(node.url)) fail(line, ...relativeLink(node.url));
      if (node.type === 'text') {
        const broken = BROKEN_LINK.exec(node.value);
        if (broken) {
          const open = node.value.lastIndexOf('[', broken.index);
          const close = node.value.indexOf(')', broken.index);
          const written = node.value.slice(Math.max(open, 0), close < 0 ? broken.index + 60 : close + 1);
          fail(
            lineWithin(line, node.value, broken.index),
            `${JSON.stringify(written.replace(/\s+/g, ' '))} is not read as a link, so it would be printed as typed.`,
            'write it as [words](kind:id) or [words](https://…): no space between "]" and "(", none inside the ' +
              'brackets, and the closing ")".',
          );
        }
      }
      const unpublished = UNPUBLISHED[node.type];
      if (unpublished) fail(line, ...unpublished);
    });
  };
}
