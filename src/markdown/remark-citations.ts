/**
 * `[@source#s3]` citations become numbered links to the source sentence. The quoted sentence is not
 * copied into the page: a reader's browser loads it from /sources/<id>/sentences.json when a citation
 * is hovered or focused (scripts/previews.ts), and articles print the references as footnotes (the
 * layout renders `citationNotes`). A citation that does not resolve is a ContentError with its line.
 */
import type { Root, Text, PhrasingContent, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { scanCitations, sentenceIds, type CitationRef } from './citation-syntax.ts';
import { getContentIndex, sourceTitleIn, type ContentIndex } from '../content/content-index.ts';
import { placeOf } from '../content/translation-files.ts';
import { englishHeadingIds } from '../content/english-structure.ts';
import { MARKDOWN_WORDS } from './words.ts';
import { fileReferences, sectionLocator, visitReferences } from './references.ts';
import { sourcePath, withTrailingSlash } from '../urls.ts';
import { contentFailure, lineWithin } from './fail.ts';
import { visit } from './walk.ts';
import { didYouMean } from '../content/closest-ids.ts';

/** The text nodes of a body's headings: headings are blocks, so only blocks that hold blocks are entered. */
function headingTexts(nodes: RootContent[], into = new Set<Text>()): Set<Text> {
  for (const node of nodes) {
    if (node.type === 'heading') visit(node, 'text', (t: Text) => void into.add(t));
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem')
      headingTexts(node.children as RootContent[], into);
  }
  return into;
}

/**
 * One numbered source reference of a document. Citing the same sentences again
 * reuses the number. Articles print these as footnotes; `id` is the footnote's
 * id, which each citation names as its accessible description.
 */
export interface CitationNote {
  n: number;
  id: string;
  href: string;
  where: string;
}

export interface RemarkCitationsOptions {
  /** Absolute path of the content folder (sources, glossary, people, …). */
  contentDir: string;
  /** The site base path (`/` or `/explainer/`), so links work under a sub-path. */
  base: string;
  /** The content index to resolve against, for a one-off run over files that do not change meanwhile. */
  index?: ContentIndex;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

export function remarkCitations(options: RemarkCitationsOptions) {
  const base = withTrailingSlash(options.base);

  return function transform(tree: Root, file: VFile) {
    const index = options.index ?? getContentIndex(options.contentDir, file.path);
    const fail = contentFailure(file);
    const notes: CitationNote[] = [];
    const notesByKey = new Map<string, CitationNote>();
    // Articles list their references as footnotes (ArticleLayout); entries on shared pages do not.
    const place = file.path ? placeOf(options.contentDir, file.path) : undefined;
    const footnotes = place?.folder === 'articles';
    // A translation cites the same English sentences: the link leads to the shared English source page.
    const lang = place?.lang ?? 'en';
    const words = MARKDOWN_WORDS[lang];

    // Citations of a source that does not exist, by source: reported once each, with the lines of the others (a
    // source renamed would otherwise be reported once for every citation of it).
    const unknown = new Map<string, Array<{ raw: string; line: number | undefined }>>();
    const citationNode = (ref: CitationRef, line: number | undefined): PhrasingContent => {
      const source = index.sources.get(ref.source);
      if (!source) {
        const seen = unknown.get(ref.source) ?? [];
        unknown.set(ref.source, [...seen, { raw: ref.raw, line }]);
        return written({ type: 'text', value: '' });
      }
      const ids = sentenceIds(ref);
      const last = `s${source!.sentences.size}`;
      // A range that runs past the end is one mistake, said once: not one for each sentence it names.
      const missing = ids.filter((id) => !source!.sentences.has(id));
      if (missing.length > 0) {
        fail(
          line,
          `the citation "${ref.raw}" points at ${missing.length === 1 ? 'sentence' : 'sentences'} ` +
            `${missing.length === 1 ? missing[0] : `${missing[0]} to ${missing.at(-1)}`}, but "${ref.source}" has ` +
            `sentences s1 to ${last}.`,
          `check the sentence number on the source page /sources/${ref.source}/ and correct the citation.`,
        );
      }
      const href = base + sourcePath(ref.source, ids[0]);
      const key = `${ref.source}#${ids.join(',')}`;
      let note = notesByKey.get(key);
      if (!note) {
        const range = words.sentences(ref.from, ref.to);
        const title = sourceTitleIn(index, ref.source, lang);
        // Only articles have footnotes, one document to a page: a short id is unique.
        note = { n: notes.length + 1, id: `fn${notes.length + 1}`, href, where: `${title}, ${range}` };
        notes.push(note);
        notesByKey.set(key, note);
      }
      return written({
        type: 'emphasis',
        children: [],
        data: {
          hName: 'a',
          // In an article the footnote (hidden on screen, printed) describes the link for screen readers.
          // `data-cite` names what the address cannot: a passage of several sentences, and on pages without
          // footnotes, which print it, any citation.
          hProperties: {
            className: ['cite-link'],
            href,
            ...(footnotes && ids.length === 1 ? {} : { dataCite: key }),
            ...(lang !== 'en' ? { hrefLang: 'en' } : {}),
            ...(footnotes ? { ariaDescribedBy: [note.id] } : {}),
          },
          hChildren: [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['visually-hidden'] },
              children: [text(words.source)],
            },
            text(String(note.n)),
          ],
        },
      } as PhrasingContent);
    };

    // What this entry cites, by section: the source pages' "cited in" lists are built from it.
    const sectionOf = sectionLocator(tree, englishHeadingIds(options.contentDir, file.path));
    const references = fileReferences(file);
    const textTargets: Array<{ node: Text; parent: { children: RootContent[] } }> = [];
    visitReferences(
      tree,
      (node, _i, parent) => parent && textTargets.push({ node, parent: parent as never }),
      () => {},
    );

    // A heading names a section; the claims, and their citations, are in the paragraphs under it.
    const inHeadings = headingTexts(tree.children);

    for (const { node, parent } of textTargets) {
      const lineAt = (offset: number) => lineWithin(node.position?.start.line, node.value, offset);
      const { markers, errors } = scanCitations(node.value);
      if (inHeadings.has(node) && markers.length > 0)
        fail(
          lineAt(markers[0]!.start),
          `the heading cites ${node.value.slice(markers[0]!.start, markers[0]!.end)}: a heading names its section, ` +
            'and a citation in it would show as a number in the heading itself.',
          'move the citation into the paragraph under the heading, after the sentence it supports.',
        );
      for (const e of errors) {
        fail(
          lineAt(e.start),
          `the citation ${e.raw} cannot be read: ${e.problem}.`,
          'write citations as [@source#s3], [@source#s3-s5] or [@a#s1; @b#s2].',
        );
      }
      // A citation written wrong is reported once: its paragraph is not also reported as citing nothing.
      if (errors.length > 0) written(node);
      if (markers.length === 0) continue;
      const replacement: PhrasingContent[] = [];
      // The text around the citations keeps where it starts in the file, for the checks after this one (the line of
      // a link written wrong in it: remark-no-raw-html.ts).
      const piece = (value: string, offset: number): Text => {
        const start = node.position?.start;
        const line = lineAt(offset);
        if (!start || line === undefined) return { type: 'text', value };
        const column = line === start.line ? start.column + offset : 1;
        const point = { line, column };
        return { type: 'text', value, position: { start: point, end: point } };
      };
      let at = 0;
      for (const marker of markers) {
        let before = node.value.slice(at, marker.start);
        // The citation hugs the word before it: "…Crimea [@x#s1]." reads "…Crimea¹."
        if (marker.refs.length > 0) before = before.replace(/[ \t]+$/u, '');
        if (before) replacement.push(piece(before, at));
        for (const ref of marker.refs) {
          replacement.push(citationNode(ref, lineAt(marker.start)));
          const { source, from, to } = ref;
          references.citations.push({ source, from, to, section: sectionOf(node.position?.start.offset) });
        }
        at = marker.end;
      }
      if (at < node.value.length) replacement.push(piece(node.value.slice(at), at));
      if (errors.length > 0) for (const part of replacement) if (part.type === 'text') written(part);
      const i = parent.children.indexOf(node);
      parent.children.splice(i, 1, ...(replacement as RootContent[]));
    }

    for (const [name, found] of unknown) {
      const known = [...index.sources.keys()];
      const meant = didYouMean(name, known, (id) => `@${id}`);
      const others = [...new Set(found.slice(1).map((f) => f.line))].filter((l) => l !== undefined);
      const where = others.length ? `, on lines ${others.join(', ')}` : '';
      const n = found.length - 1;
      const more = n > 0 ? ` (and ${n} more citation${n === 1 ? '' : 's'} of it in this file${where})` : '';
      fail(
        found[0]!.line,
        `the citation "${found[0]!.raw}" names the source "${name}", which does not exist${more}.`,
        `${meant}cite one of the sources in content/sources/ (${known.join(', ') || 'none'}), or add the source first.`,
      );
    }

    // Articles (those with footnotes) cite in every paragraph; an entry may hold words of our own.
    if (footnotes) for (const { node, what } of uncited(tree)) fail(node.position?.start.line, ...uncitedProblem(what));

    // Layouts print these as footnotes, through render()'s remarkPluginFrontmatter.
    const astro = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro;
    astro.frontmatter.citationNotes = notes;
  };
}

/**
 * Where a citation was written: its link, or the text left where one could not be read or resolved (reported
 * already, so its paragraph is not reported again as citing nothing).
 */
const citations = new WeakSet<object>();
const written = <T extends object>(node: T): T => {
  citations.add(node);
  return node;
};

/**
 * Whether a node holds a citation, and whether it holds words of its own (not a citation's); a list item's own,
 * without the items of a list within it, which are claims of their own.
 */
function contentOf(node: RootContent): { cites: boolean; words: boolean } {
  if (citations.has(node)) return { cites: true, words: false };
  if (node.type === 'text') return { cites: false, words: /[\p{L}\p{N}]/u.test(node.value) };
  let cites = false;
  let words = false;
  for (const child of 'children' in node ? (node.children as RootContent[]) : []) {
    if (node.type === 'listItem' && child.type === 'list') continue;
    const inner = contentOf(child);
    cites ||= inner.cites;
    words ||= inner.words;
  }
  return { cites, words };
}

type Claim = 'paragraph' | 'list item' | 'table row';

/** An article's paragraphs, list items and table rows that say something and cite nothing (editor's notes too). */
function uncited(tree: Root): Array<{ node: RootContent; what: Claim }> {
  const found: Array<{ node: RootContent; what: Claim }> = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      // A list item is one claim: a citation in any of its paragraphs covers it. A table's rows below its
      // header are one claim each.
      const what: Claim | undefined =
        node.type === 'paragraph' ? 'paragraph' : node.type === 'listItem' ? 'list item' : undefined;
      if (what) {
        const { cites, words } = contentOf(node);
        if (words && !cites) found.push({ node, what });
        if (node.type === 'listItem') walk(node.children.filter((child) => child.type === 'list'));
      } else if (node.type === 'table') {
        for (const row of node.children.slice(1)) {
          const { cites, words } = contentOf(row);
          if (words && !cites) found.push({ node: row, what: 'table row' });
        }
      } else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return found;
}

function uncitedProblem(what: Claim): [problem: string, fix: string] {
  return [
    `this ${what} of the article cites no source sentence, so a reader cannot check it.`,
    'cite the sentence each claim rests on, as [@source#s3] after it; a remark that rests on no source belongs ' +
      "in an editor's note that cites what it comments on.",
  ];
}
