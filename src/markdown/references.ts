/**
 * Everything a piece of Markdown points at: the source sentences it cites and
 * the entries it links. The remark plugin renders these; the pages use
 * `collectReferences` on raw bodies to build back-links ("cited in",
 * "mentioned in") and the article rail without rendering anything twice.
 */
import type { Root, Text, Link } from 'mdast';
import type { VFile } from 'vfile';
import { parseMarkdown } from './syntax.ts';
import { visit } from './walk.ts';
import { headingIdSequence } from './heading-ids.ts';
import { scanCitations, type CitationRef } from './citation-syntax.ts';
import { ENTRY_LIKE, SCRIPT_URL, WEB_SCHEMES } from './link-schemes.ts';
import { parseEntryLink, type EntryLink } from './entry-links.ts';
import { recordInFrontmatter } from './recorded.ts';

/** A reference and the id of the section (heading) it sits under, if any. */
export type Located<T> = T & { section?: string };

/** A citation as recorded for the rest of the site: what it points at, without how the editor wrote it. */
export type CitedRange = Omit<CitationRef, 'raw'>;

export interface References {
  citations: Located<CitedRange>[];
  links: Located<EntryLink>[];
}

/** Walks an mdast tree and calls back for citation-bearing text and entry links. */
export function visitReferences(
  tree: Root,
  onText: (node: Text, index: number | undefined, parent: { children: unknown[] } | undefined) => void,
  onLink: (node: Link, link: EntryLink, parent: { children: unknown[] } | undefined) => void,
  /** A link whose address starts like an entry link's (`person:…`) but names no kind of entry. */
  onUnknownKind: (node: Link, kind: string) => void = () => {},
): void {
  visit(tree, (node, index, parent) => {
    // Citations, and what looks like one written without `[@` (citation-syntax.ts reports it).
    if (node.type === 'text' && (node.value.includes('[@') || node.value.includes('#s')))
      onText(node, index, parent as never);
    else if (node.type === 'link') {
      const link = parseEntryLink(node.url);
      if (link) onLink(node, link, parent as never);
      else {
        const kind = ENTRY_LIKE.exec(node.url)?.[1];
        if (kind !== undefined && !WEB_SCHEMES.has(kind) && !SCRIPT_URL.test(node.url)) onUnknownKind(node, kind);
      }
    }
  });
}

const locators = new WeakMap<Root, (offset: number | undefined) => string | undefined>();

/**
 * The section (heading id, as rehype-heading-slugs.ts will give it) each position of a
 * tree falls under, so back-links can land on the section.
 */
export function sectionLocator(
  tree: Root,
  /** A translation's heading ids (its English file's, in order), in place of ids from its own words. */
  ids?: string[],
): (offset: number | undefined) => string | undefined {
  // The citation and entry-link plugins both ask: the headings are read once per document.
  const cached = locators.get(tree);
  if (cached) return cached;
  const idOf = headingIdSequence();
  const sectionAt = new Map<number, string>();
  let n = 0;
  visit(tree, 'heading', (h) => {
    const own = idOf(h);
    const id = ids?.[n++] ?? own;
    if (h.position) sectionAt.set(h.position.start.offset ?? 0, id);
  });
  const starts = [...sectionAt.keys()].sort((a, b) => a - b);
  const locate = (offset: number | undefined) => {
    let found: string | undefined;
    for (const s of starts) if (offset !== undefined && s <= offset) found = sectionAt.get(s);
    return found;
  };
  locators.set(tree, locate);
  return locate;
}

/**
 * The references in a Markdown body (malformed ones are skipped; the build
 * reports them). Rendering records the same for each entry (remark-citations,
 * `references` in the render metadata); this reads a body that was not rendered.
 */
export function collectReferences(markdown: string): References {
  const tree = parseMarkdown(markdown);
  const sectionOf = sectionLocator(tree);
  const citations: Located<CitedRange>[] = [];
  const links: Located<EntryLink>[] = [];
  visitReferences(
    tree,
    (node) => {
      const section = sectionOf(node.position?.start.offset);
      for (const m of scanCitations(node.value).markers)
        for (const { source, from, to } of m.refs) citations.push({ source, from, to, section });
    },
    (node, link) => links.push({ ...link, section: sectionOf(node.position?.start.offset) }),
  );
  return { citations, links };
}

/**
 * The references a rendered file records, shared by the citation and entry-link plugins. Layouts read
 * them through render()'s remarkPluginFrontmatter, the reference graph through `rendered`.
 */
export function fileReferences(file: VFile): References {
  const data = file.data as { references?: References; astro?: { frontmatter?: Record<string, unknown> } };
  if (data.references) return data.references;
  const references: References = { citations: [], links: [] };
  data.references = references;
  recordInFrontmatter(file, 'references', references);
  return references;
}
