/**
 * Turns our Markdown references into checked links:
 *
 * - `[@source#s3]` citations become numbered links to the source sentence.
 *   The quoted sentence is not copied into the page: a reader's browser loads
 *   it from /sources/<id>/sentences.json when a citation is hovered or
 *   focused (scripts/anchors.ts), and articles print the references as
 *   footnotes (the layout renders `citationNotes`);
 * - `[words](glossary:id)`, `people:`, `timeline:`, `article:`, `compare:` and
 *   `track:` links point at the entry's anchor (terms and people preview their
 *   definition or role the same way, from /glossary/ or /people/previews.json);
 * - a blockquote opening with "Editor's note:" becomes a labelled note.
 *
 * Anything that does not resolve throws a ContentError naming the file and line,
 * which fails `astro build`.
 */
import { relative } from 'node:path';
import type { Root, Text, Link, Blockquote, Html, PhrasingContent, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { scanCitations, sentenceIds, type CitationRef } from './citation-syntax.ts';
import { getContentIndex, LINK_FOLDERS, type ContentIndex } from '../content/content-index.ts';
import type { EntryLink } from './entry-links.ts';
import { entryPath, sourcePath, withTrailingSlash } from '../urls.ts';
import { sectionLocator, visitReferences, type References } from './references.ts';
import { ContentError, recordContentError } from '../content/content-error.ts';
import { bodyLineOffset } from './body-offset.ts';

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
}

const EDITOR_NOTE = /^editor['’]s note:?\s*$/i;

const text = (value: string): ElementContent => ({ type: 'text', value });

export function remarkCitations(options: RemarkCitationsOptions) {
  const base = withTrailingSlash(options.base);

  return function transform(tree: Root, file: VFile) {
    const index: ContentIndex = getContentIndex(options.contentDir, file.path);
    const path = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
    const notes: CitationNote[] = [];
    const notesByKey = new Map<string, CitationNote>();
    // Articles list their references as footnotes (ArticleLayout); entries on shared pages do not.
    const footnotes = file.path ? relative(options.contentDir, file.path).split(/[\\/]/)[0] === 'articles' : false;

    // Astro may hand us the body without its frontmatter: count lines from the file's top.
    const lineOffset = bodyLineOffset(file);
    const fail = (line: number | undefined, problem: string, fix: string): never => {
      throw recordContentError(
        new ContentError({ file: path, line: line === undefined ? undefined : line + lineOffset, problem, fix }),
      );
    };

    const citationNode = (ref: CitationRef, line: number | undefined): PhrasingContent => {
      const source = index.sources.get(ref.source);
      if (!source) {
        const known = [...index.sources.keys()].join(', ') || '(none)';
        fail(
          line,
          `the citation "${ref.raw}" names the source "${ref.source}", which does not exist.`,
          `cite one of the sources in content/sources/ (${known}), or add the source first.`,
        );
      }
      const ids = sentenceIds(ref);
      const last = `s${source!.sentences.size}`;
      for (const id of ids) {
        if (!source!.sentences.has(id)) {
          fail(
            line,
            `the citation "${ref.raw}" points at sentence ${id}, but "${ref.source}" has sentences s1 to ${last}.`,
            `check the sentence number on the source page /sources/${ref.source}/ and correct the citation.`,
          );
        }
      }
      const href = base + sourcePath(ref.source, ids[0]);
      const key = `${ref.source}#${ids.join(',')}`;
      let note = notesByKey.get(key);
      if (!note) {
        const range = ref.from === ref.to ? `sentence ${ref.from}` : `sentences ${ref.from}–${ref.to}`;
        // Only articles have footnotes, one document to a page: a short id is unique.
        note = { n: notes.length + 1, id: `fn${notes.length + 1}`, href, where: `${source!.title}, ${range}` };
        notes.push(note);
        notesByKey.set(key, note);
      }
      return {
        type: 'emphasis',
        children: [],
        data: {
          hName: 'a',
          // In an article the footnote (hidden on screen, printed) describes the link for screen readers.
          hProperties: {
            className: ['cite-link'],
            href,
            dataCite: key,
            dataPagefindIgnore: '',
            ...(footnotes ? { ariaDescribedBy: [note.id] } : {}),
          },
          hChildren: [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['visually-hidden'] },
              children: [text('Source ')],
            },
            text(String(note.n)),
          ],
        },
      } as PhrasingContent;
    };

    // What this entry points at, by section: the site's back-links ("cited in", "mentioned in") are built from it.
    const sectionOf = sectionLocator(tree);
    const references: References = { citations: [], links: [] };
    const textTargets: Array<{ node: Text; parent: { children: RootContent[] } }> = [];
    const linkTargets: Array<{ node: Link; link: EntryLink }> = [];
    visitReferences(
      tree,
      (node, _i, parent) => parent && textTargets.push({ node, parent: parent as never }),
      (node, link) => linkTargets.push({ node, link }),
    );

    for (const { node, parent } of textTargets) {
      const startLine = node.position?.start.line;
      const lineAt = (offset: number) =>
        startLine === undefined ? undefined : startLine + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
      const { markers, errors } = scanCitations(node.value);
      if (errors.length > 0) {
        const e = errors[0];
        fail(
          lineAt(e.start),
          `the citation ${e.raw} cannot be read: ${e.problem}.`,
          'write citations as [@source#s3], [@source#s3-s5] or [@a#s1; @b#s2].',
        );
      }
      if (markers.length === 0) continue;
      const replacement: PhrasingContent[] = [];
      let at = 0;
      for (const marker of markers) {
        let before = node.value.slice(at, marker.start);
        // The citation hugs the word before it: "…Crimea [@x#s1]." reads "…Crimea¹."
        if (marker.refs.length > 0) before = before.replace(/[ \t]+$/u, '');
        if (before) replacement.push({ type: 'text', value: before });
        for (const ref of marker.refs) {
          replacement.push(citationNode(ref, lineAt(marker.start)));
          references.citations.push({ ...ref, section: sectionOf(node.position?.start.offset) });
        }
        at = marker.end;
      }
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      const i = parent.children.indexOf(node);
      parent.children.splice(i, 1, ...(replacement as RootContent[]));
    }

    for (const { node, link } of linkTargets) {
      const line = node.position?.start.line;
      const entry = index.entries[link.kind].get(link.id);
      if (!entry) {
        fail(
          line,
          `the link "${link.kind}:${link.id}" points at content/${LINK_FOLDERS[link.kind]}/${link.id}.md, which does not exist.`,
          `create that entry, or link to an existing one (${[...index.entries[link.kind].keys()].slice(0, 6).join(', ') || 'none yet'}).`,
        );
      }
      node.url = base + entryPath(link.kind, link.id, link.hash);
      references.links.push({ ...link, section: sectionOf(node.position?.start.offset) });
      const kindClass = `ref-${link.kind}`;
      node.data = { ...node.data, hProperties: { className: ['ref', kindClass], dataRef: `${link.kind}:${link.id}` } };
      // Terms and people preview their definition or role on hover and focus, loaded by the
      // browser from /glossary/previews.json or /people/previews.json (scripts/anchors.ts).
    }

    // Content is Markdown, never markup: raw HTML could carry script. Comments are dropped.
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
      if (
        (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
        /^\s*(javascript|vbscript|data):/i.test(node.url)
      ) {
        fail(
          node.position?.start.line,
          `the link ${JSON.stringify(node.url.slice(0, 60))} uses a script or data URL.`,
          'link to an http(s) address, or to an entry with glossary:, people:, timeline: or article:.',
        );
      }
    });

    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const label = first.children[0];
      if (label?.type !== 'strong' || label.children[0]?.type !== 'text') return;
      if (!EDITOR_NOTE.test(label.children[0].value)) return;
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['editor-note'], role: 'note' } };
      label.data = { ...label.data, hProperties: { className: ['editor-note-label'] } };
    });

    // Layouts read these through render()'s remarkPluginFrontmatter (footnotes), the reference graph through `rendered`.
    const astro = ((file.data as Record<string, unknown>).astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...(astro.frontmatter ?? {}), citationNotes: notes, references };
  };
}
