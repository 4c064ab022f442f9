/**
 * Which files the content folder's collections consist of, decided in one
 * place for everything that reads them directly (the content linter, the
 * content index the Markdown plugins use, the loaders, share cards), so they
 * all see the collections Astro sees.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The content folder, relative to the project root. Tests and the benchmark
 * build other content (fixtures, a synthetic corpus) through the same code by
 * setting EXPLAINER_CONTENT_DIR; the published site always uses `./content`.
 */
export const contentDir = (process.env.EXPLAINER_CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * The files under `dir` at any depth whose names `keep` takes, none whose name or folder's name starts with "_"
 * (a draft) or "."; paths relative to `dir`, sorted.
 */
function filesUnder(dir: string, keep: (name: string) => boolean, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    if (entry.isDirectory()) out.push(...filesUnder(join(dir, entry.name), keep, `${prefix}${entry.name}/`));
    else if (keep(entry.name)) out.push(`${prefix}${entry.name}`);
  }
  return out.sort();
}

/** A Markdown collection's files as `content.config.ts` reads them. */
export const markdownFiles = (dir: string): string[] => filesUnder(dir, (name) => name.endsWith('.md'));

/** An entry's id: its file name without `.md` (folders are for editors, not for URLs). */
export const entryIdOf = (file: string): string => basename(file, '.md');

/** A source's id: its text's file name without `.txt`. */
export const sourceIdOf = (file: string): string => basename(file, '.txt');

/** The source texts (`NAME.txt`, top level only), sorted. */
export function sourceTextFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
        .sort()
    : [];
}

/**
 * Files in a Markdown collection's folder that the site does not read though an editor likely meant it to: a name
 * ending `.MD`, `.markdown`, `.txt` or the like, or with no ending at all (`crimea`). Paths relative to `dir`.
 */
export const unreadFiles = (dir: string): string[] =>
  filesUnder(
    dir,
    (name) => !name.endsWith('.md') && (/\.(md|markdown|mdown|mkdn?|mdx|txt|text)$/i.test(name) || !name.includes('.')),
  );
