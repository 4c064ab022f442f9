/**
 * `[words](glossary:id)`, `people:`, `timeline:`, `article:`, `compare:` and `track:` links point at
 * the entry's anchor (entry-links.ts has the syntax). Terms and people preview their definition or
 * role from /glossary/ or /people/previews.json (scripts/previews.ts). A link to an entry that does
 * not exist, or to a section its article does not have, is a ContentError with its line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { getContentIndex, LINK_FOLDERS, LINK_KINDS } from '../content/content-index.ts';
import { fileReferences, sectionLocator, visitReferences } from './references.ts';
import { entryPath, withTrailingSlash } from '../urls.ts';
import { langOfFile } from '../content/translation-files.ts';
import { langPrefix } from '../i18n/languages.ts';
import { englishHeadingIds } from '../content/english-structure.ts';
import { missingSection, sectionsFix } from '../content/article-sections.ts';
import { contentFailure } from './fail.ts';
import { didYouMean } from '../content/closest-ids.ts';
import type { RemarkCitationsOptions } from './remark-citations.ts';
import type { EntryLink } from './entry-links.ts';

export function remarkEntryLinks(options: RemarkCitationsOptions) {
  const base = withTrailingSlash(options.base);

  return function transform(tree: Root, file: VFile) {
    const index = options.index ?? getContentIndex(options.contentDir, file.path);
    const fail = contentFailure(file);
    // What this entry links, by section: the "mentioned in" lists and the article rail come from it.
    const sectionOf = sectionLocator(tree, englishHeadingIds(options.contentDir, file.path));
    // A link in a translation leads to the same entry in the same edition (`/uk/glossary/#crimea`).
    const prefix = langPrefix(langOfFile(options.contentDir, file.path));
    const references = fileReferences(file);
    /** Whether the section a link names is there; it says why not otherwise. */
    const sectionFound = (link: EntryLink & { hash: string }, line: number | undefined): boolean => {
      const written = `${link.kind}:${link.id}#${link.hash}`;
      if (link.kind !== 'article') {
        fail(
          line,
          `the link "${written}" names a section, but only an article has sections: it leads to the entry itself.`,
          `remove "#${link.hash}".`,
        );
        return false;
      }
      // The English file's sections: a translation's headings take its English file's ids.
      const { file: article, ids } = missingSection(options.contentDir, link.id, safeDecode(link.hash));
      sectionsRead(file).add(article);
      if (!ids) return true;
      fail(
        line,
        `the link "${written}" names a section that content/${LINK_FOLDERS.article}/${link.id}.md does not have.`,
        sectionsFix(ids),
      );
      return false;
    };
    visitReferences(
      tree,
      () => {},
      (node, link) => {
        const entry = index.entries[link.kind].get(link.id);
        if (!entry) {
          const ids = [...index.entries[link.kind].keys()];
          const meant = didYouMean(link.id, ids, (id) => `${link.kind}:${id}`);
          const known = ids.slice(0, 6).join(', ') || 'none yet';
          fail(
            node.position?.start.line,
            `the link "${link.kind}:${link.id}" points at content/${LINK_FOLDERS[link.kind]}/${link.id}.md, ` +
              'which does not exist.',
            meant
              ? `${meant}Ids are file names: lower case, words joined by "-", nothing after them. Otherwise ` +
                  'create that entry.'
              : `create that entry, or link to an existing one (${known}${ids.length > 6 ? ', …' : ''}).`,
          );
          return;
        }
        if (link.hash !== undefined && !sectionFound({ ...link, hash: link.hash }, node.position?.start.line)) return;
        node.url = base + prefix + entryPath(link.kind, link.id, link.hash);
        references.links.push({ ...link, section: sectionOf(node.position?.start.offset) });
        node.data = {
          ...node.data,
          // The class names the kind; the #fragment is the entry's id (scripts/previews.ts reads both).
          hProperties: { className: ['ref', `ref-${link.kind}`] },
        };
      },
      (node, kind) =>
        fail(
          node.position?.start.line,
          `the link "${node.url}" names "${kind}:", which is not a kind of entry, so it would lead nowhere.`,
          `write the entry's kind as one of ${LINK_KINDS.map((k) => `"${k}:"`).join(', ')} ` +
            '(a person: "people:"), or a full web address starting with https://.',
        ),
    );
  };
}

/** A link's fragment as written, or decoded where it is percent-encoded. */
function safeDecode(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * The English files whose sections this file's links were checked against: its check's outcome depends on them
 * (content/check-bodies.ts keeps it with each pass).
 */
export function sectionsRead(file: VFile): Set<string> {
  const data = file.data as { sectionsRead?: Set<string> };
  return (data.sectionsRead ??= new Set());
}
