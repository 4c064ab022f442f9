/**
 * What the Markdown plugins need to know about the whole content folder while
 * rendering one file: every source's sentences, and the ids and titles of the
 * entries a link may point at. Read from disk once per build (and again in
 * dev when a folder changes), not once per page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readSourceText, type SourceText } from './source-text.ts';
import { readContentFile } from './content-file.ts';
import { entryIdOf, markdownFiles, sourceIdOf, sourceTextFiles } from './files.ts';
import { typographic } from '../markdown/remark-typography.ts';
import { firstBlockText } from '../markdown/plain-text.ts';
import { personNames } from '../markdown/mentions.ts';
import { folderIn, translationLangs } from './translation-files.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';

/** The entry kinds a Markdown link can point at (`[text](glossary:id)`). */
export const LINK_KINDS = ['glossary', 'people', 'timeline', 'article', 'compare', 'track'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Folder under `content/` for each link kind. */
export const LINK_FOLDERS: Record<LinkKind, string> = {
  glossary: 'glossary',
  people: 'people',
  timeline: 'timeline',
  article: 'articles',
  compare: 'comparison',
  track: 'tracks',
};

export interface IndexedEntry {
  id: string;
  /** Term, name or title, for link labels and previews. */
  title: string;
  /** A one-line description where the entry has one (glossary definition, person's role). */
  summary?: string;
  /** The words that name a term or person in running text ("mentioned in"). */
  names?: string[];
}

export interface IndexedSource extends SourceText {
  /** Our descriptive title from `NAME.yaml` (the id when the file is missing or broken). */
  title: string;
}

export interface ContentIndex {
  /** Absolute path of the content folder. */
  root: string;
  sources: Map<string, IndexedSource>;
  entries: Record<LinkKind, Map<string, IndexedEntry>>;
  /**
   * Each other edition's words for the same entries and sources (`content/uk/…`): the titles and previews its
   * pages show. Which entries and sentences exist is always the English index's.
   */
  translated: Partial<
    Record<Lang, { entries: Record<LinkKind, Map<string, IndexedEntry>>; sourceTitles: Map<string, string> }>
  >;
}

/** The English entries with an edition's words over them: its title and summary where it has one. */
function inEdition(english: Map<string, IndexedEntry>, words: Map<string, IndexedEntry> | undefined) {
  return words ? new Map([...english].map(([id, e]) => [id, words.get(id) ?? e])) : english;
}

/** An edition's entries: its translation's title and summary where it has one, else the English. */
export function entriesIn(index: ContentIndex, kind: LinkKind, lang: Lang): Map<string, IndexedEntry> {
  return inEdition(index.entries[kind], lang === DEFAULT_LANG ? undefined : index.translated[lang]?.entries[kind]);
}

/** A source's title as an edition's pages name it (footnotes): our translation of the title, else the English. */
export const sourceTitleIn = (index: ContentIndex, id: string, lang: Lang): string | undefined =>
  index.translated[lang]?.sourceTitles.get(id) ?? index.sources.get(id)?.title;

/**
 * What a term or person link previews in an edition: name and one-line definition or role, by id. Read from
 * that kind's folders alone: the page build has no index of its own, and reading one means every article.
 */
export function entryPreviews(contentDir: string, kind: 'glossary' | 'people', lang: Lang = DEFAULT_LANG) {
  const read = (edition: Lang) =>
    readEntries(join(contentDir, folderIn(edition, LINK_FOLDERS[kind])), kind, new Map(), edition);
  const entries = inEdition(read(DEFAULT_LANG), lang === DEFAULT_LANG ? undefined : read(lang));
  return Object.fromEntries(
    [...entries.values()].filter((e) => e.summary).map((e) => [e.id, { title: e.title, summary: e.summary }]),
  );
}

function readEntries(
  dir: string,
  kind: LinkKind,
  stamps: Map<string, string>,
  lang: Lang = DEFAULT_LANG,
): Map<string, IndexedEntry> {
  const map = new Map<string, IndexedEntry>();
  for (const file of markdownFiles(dir)) {
    const id = entryIdOf(file);
    let data: Record<string, unknown> = {};
    const path = join(dir, file);
    stamps.set(path, stamp(path));
    // Malformed frontmatter is reported, with its line, by the content linter.
    const record = readContentFile(path);
    if (record.data && typeof record.data === 'object') data = record.data as Record<string, unknown>;
    const title = String(data.term ?? data.name ?? data.title ?? data.topic ?? id);
    const summary =
      kind === 'people'
        ? data.role
        : kind === 'article'
          ? data.dek
          : kind === 'glossary'
            ? firstBlockText(record.body)
            : undefined;
    // Titles and previews read as the pages do: curly quotes, dashes.
    const shown = typographic(title, lang);
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a) => typeof a === 'string') : [];
    map.set(id, {
      id,
      title: shown,
      summary: typeof summary === 'string' ? typographic(summary, lang) : undefined,
      ...(kind === 'glossary' && { names: [shown, ...aliases] }),
      ...(kind === 'people' && { names: personNames(shown, String(data.kind)) }),
    });
  }
  return map;
}

/** What a file's content depends on: changed by any write, in place or not. */
function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '-';
  }
}

/** Folder listings, and the few source files themselves (a title edited in a source's .yaml). */
function signature(contentDir: string): string {
  const folders = ['sources', ...Object.values(LINK_FOLDERS)];
  const sourceDirs = ['sources', ...translationLangs(contentDir).map((lang) => folderIn(lang, 'sources'))];
  return [
    ...[...folders, ...translationLangs(contentDir).flatMap((lang) => folders.map((f) => folderIn(lang, f)))].map(
      (d) => `${d}:${stamp(join(contentDir, d))}`,
    ),
    ...sourceDirs.flatMap((d) =>
      existsSync(join(contentDir, d))
        ? readdirSync(join(contentDir, d)).map((f) => `${d}/${f}:${stamp(join(contentDir, d, f))}`)
        : [],
    ),
  ].join('|');
}

/** An edition's words: its entries' titles and previews, its sources' translated titles. */
function readTranslation(contentDir: string, lang: Lang, stamps: Map<string, string>) {
  const entries = Object.fromEntries(
    LINK_KINDS.map((kind) => [
      kind,
      readEntries(join(contentDir, folderIn(lang, LINK_FOLDERS[kind])), kind, stamps, lang),
    ]),
  ) as Record<LinkKind, Map<string, IndexedEntry>>;
  const sourceTitles = new Map<string, string>();
  const dir = join(contentDir, folderIn(lang, 'sources'));
  for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : []) {
    try {
      const meta = parseYaml(readFileSync(join(dir, file), 'utf8'));
      if (typeof meta?.title === 'string') sourceTitles.set(file.slice(0, -5), typographic(meta.title, lang));
    } catch {
      // A broken translation is reported, with its line, by the content check.
    }
  }
  return { entries, sourceTitles };
}

/** An index as read, with what tells whether it is still current. */
export interface IndexRead {
  sig: string;
  index: ContentIndex;
  stamps: Map<string, string>;
}

const cache = new Map<string, IndexRead>();

/** The index as read in this thread, for a worker thread to take over (`adoptContentIndex`), not read again. */
export function contentIndexRead(contentDir: string): IndexRead {
  getContentIndex(contentDir);
  return cache.get(contentDir)!;
}

/** Takes over an index another thread read; it is read again if the content has changed since. */
export function adoptContentIndex(contentDir: string, read: IndexRead): void {
  cache.set(contentDir, read);
}

/**
 * The index for a content folder, rebuilt when a folder's listing or a source file changed, or when
 * `renderedFile` (the Markdown file being rendered: an edit in place re-renders just that file) changed
 * since it was read. Stamping every entry file on every render would cost a stat per file per page.
 */
export function getContentIndex(contentDir: string, renderedFile?: string): ContentIndex {
  const sig = signature(contentDir);
  const hit = cache.get(contentDir);
  if (
    hit &&
    hit.sig === sig &&
    (!renderedFile || !hit.stamps.has(renderedFile) || hit.stamps.get(renderedFile) === stamp(renderedFile))
  )
    return hit.index;

  const stamps = new Map<string, string>();
  const sourcesDir = join(contentDir, 'sources');
  const sources = new Map<string, IndexedSource>();
  for (const file of sourceTextFiles(sourcesDir)) {
    const id = sourceIdOf(file);
    const text = readSourceText(id, join(sourcesDir, file), relative(process.cwd(), join(sourcesDir, file)));
    let title = id;
    try {
      const meta = parseYaml(readFileSync(join(sourcesDir, `${id}.yaml`), 'utf8'));
      if (typeof meta?.title === 'string') title = typographic(meta.title);
    } catch {
      // A missing or broken .yaml is reported, with its line, by the sources loader.
    }
    sources.set(id, { ...text, title });
  }
  const entries = Object.fromEntries(
    LINK_KINDS.map((kind) => [kind, readEntries(join(contentDir, LINK_FOLDERS[kind]), kind, stamps)]),
  ) as Record<LinkKind, Map<string, IndexedEntry>>;
  const translated = Object.fromEntries(
    translationLangs(contentDir).map((lang) => [lang, readTranslation(contentDir, lang, stamps)]),
  );
  const index = { root: contentDir, sources, entries, translated };
  cache.set(contentDir, { sig, index, stamps });
  return index;
}
