/**
 * Where an edition's translations are and which English file each translates: `content/uk/articles/x.md` is
 * the Ukrainian of `content/articles/x.md` (team format: the same folder and file name under the language's
 * folder). Everything that pairs a translation with its English file (the content check, parity, rendering,
 * the faithfulness rules) asks here, so they agree.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../i18n/languages.ts';

/** The English Markdown folders that every edition translates file by file. */
export const TRANSLATED_FOLDERS = [
  'articles',
  'timeline',
  'glossary',
  'people',
  'questions',
  'comparison',
  'tracks',
  'pages',
] as const;
export type TranslatedFolder = (typeof TRANSLATED_FOLDERS)[number];

/** The editions other than English that this content folder has (`content/uk/` exists). */
export function translationLangs(contentDir: string): Lang[] {
  return LANGS.filter((lang) => lang !== DEFAULT_LANG && existsSync(join(contentDir, lang)));
}

/** `uk/articles` for uk, `articles` for English. */
export const folderIn = (lang: Lang, folder: string): string => (lang === DEFAULT_LANG ? folder : `${lang}/${folder}`);

export interface ContentPlace {
  lang: Lang;
  /** The collection folder as English names it: `articles` for `uk/articles/x.md` too. */
  folder: string;
  /** The file's path inside its folder: `x.md`. */
  file: string;
}

/** Which edition and collection a content file belongs to, from its path (`content/uk/…` is Ukrainian). */
export function placeOf(contentDir: string, path: string): ContentPlace | undefined {
  const rel = relative(resolve(contentDir), resolve(path));
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  const lang = isLang(parts[0]) && parts[0] !== DEFAULT_LANG && parts.length > 2 ? parts[0] : DEFAULT_LANG;
  const rest = lang === DEFAULT_LANG ? parts : parts.slice(1);
  return { lang, folder: rest[0]!, file: rest.slice(1).join('/') };
}

/** The language of a content file: from its path, English outside an edition's folder. */
export const langOfFile = (contentDir: string, path: string | undefined): Lang =>
  (path && placeOf(contentDir, path)?.lang) || DEFAULT_LANG;

/** The English file a translation translates (`content/uk/articles/x.md` → `content/articles/x.md`). */
export function englishFileOf(contentDir: string, path: string): string | undefined {
  const place = placeOf(contentDir, path);
  if (!place || place.lang === DEFAULT_LANG) return undefined;
  return join(contentDir, place.folder, place.file);
}
