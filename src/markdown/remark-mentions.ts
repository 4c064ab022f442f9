/**
 * Records, for an English article, the sections that name each glossary term or person (mentions.ts), so
 * the reference graph lists "mentioned in" without reading the article's text again. It runs on the tree as
 * parsed, before the citations become links: their markers are not words of the text.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from './plain-text.ts';
import { headingIdSequence } from './heading-ids.ts';
import { mayName, nameCores, namePattern } from './mentions.ts';
import { recordInFrontmatter } from './recorded.ts';
import { placeOf } from '../content/translation-files.ts';
import { getContentIndex, type ContentIndex } from '../content/content-index.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';

/** `glossary:id` or `people:id`, and the id of the first section that names it (none: before any heading). */
export interface Mention {
  key: string;
  section?: string;
}

/** A parsed document's sections (a heading to the next) as plain text, with the heading's id. */
export function sectionTexts(tree: Root): Array<{ id?: string; text: string }> {
  const idOf = headingIdSequence();
  const out: Array<{ id?: string; text: string }> = [{ text: '' }];
  for (const node of tree.children) {
    if (node.type === 'heading') out.push({ id: idOf(node), text: '' });
    else out[out.length - 1]!.text += `${plainText(node)}\n`;
  }
  return out.filter((s) => s.text.trim() !== '');
}

interface NamePattern {
  key: string;
  pattern: RegExp;
  /** What a text must hold for the pattern to match it (mentions.ts). */
  cores: string[] | undefined;
}
const patterns = new WeakMap<ContentIndex, NamePattern[]>();

/** One pattern per term and person of the index, made once per index. */
function namePatterns(index: ContentIndex) {
  let list = patterns.get(index);
  if (!list) {
    list = (['glossary', 'people'] as const).flatMap((kind) =>
      [...index.entries[kind].values()].flatMap((e) => {
        const pattern = namePattern(e.names ?? []);
        return pattern ? [{ key: `${kind}:${e.id}`, pattern, cores: nameCores(e.names ?? []) }] : [];
      }),
    );
    patterns.set(index, list);
  }
  return list;
}

/** Every term and person the sections name, each at the first section that names it. */
export function mentionsIn(sections: Array<{ id?: string; text: string }>, index: ContentIndex): Mention[] {
  const found: Mention[] = [];
  // Most names are nowhere in an article: a plain search of its text rules them out before the pattern's.
  const lowerCased = sections.map((s) => s.text.toLowerCase()).join('\n');
  for (const { key, pattern, cores } of namePatterns(index)) {
    if (!mayName(lowerCased, cores)) continue;
    const section = sections.find((s) => pattern.test(s.text));
    if (section) found.push({ key, ...(section.id !== undefined && { section: section.id }) });
  }
  return found;
}

/** What render() returns of it, under the frontmatter Astro keeps with the entry. */
export const mentionsOf = (frontmatter: unknown): Mention[] =>
  (frontmatter as { mentions?: Mention[] } | undefined)?.mentions ?? [];

export function remarkMentions(options: { contentDir: string; index?: ContentIndex }) {
  return function transform(tree: Root, file: VFile) {
    const place = file.path ? placeOf(options.contentDir, file.path) : undefined;
    if (place?.folder !== 'articles' || place.lang !== DEFAULT_LANG) return;
    const index = options.index ?? getContentIndex(options.contentDir, file.path);
    recordInFrontmatter(file, 'mentions', mentionsIn(sectionTexts(tree), index));
  };
}
