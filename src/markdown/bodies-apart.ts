/**
 * An article's rendered body (its HTML, headings and citation notes) is kept in a file of its own in the
 * build cache, not in Astro's content store: the store is bundled into one module that the page build
 * compiles and loads whole, and article bodies were most of its bytes. The store keeps the file's name and
 * a hash of what it holds; an article page reads the file of the article it shows.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { CACHE_DIR } from '../cache-dir.ts';
import type { RenderedBody } from './prerendered.ts';
import type { CitationNote } from './remark-citations.ts';

const BODIES_DIR = join(CACHE_DIR, 'bodies');

/** Articles, in every edition: the collection a newsroom grows. */
const KEPT_APART = /^(?:[a-z]{2}\/)?articles\/[^/]+\.md$/;

export interface BodyApart {
  html: string;
  headings: MarkdownHeading[];
  citationNotes: CitationNote[];
}

/** What the store keeps in the body's place, under the frontmatter render() returns. */
interface BodyFile {
  file: string;
  hash: string;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/** The rendering Astro stores for this file: an article's without its body, which goes to its own file. */
export function keepBodyApart(contentDir: string, path: string | undefined, rendered: RenderedBody): RenderedBody {
  const name = path === undefined ? undefined : relative(contentDir, path).split(sep).join('/');
  if (!name || !KEPT_APART.test(name)) return rendered;
  const { citationNotes = [], ...added } = rendered.added;
  const text = JSON.stringify({ html: rendered.code, headings: rendered.headings, citationNotes });
  const file = name.replace(/\.md$/, '.json');
  const target = join(BODIES_DIR, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  const body: BodyFile = { file, hash: hashOf(text) };
  return { code: '', headings: [], added: { ...added, bodyFile: body } };
}

/** The body of an entry whose body is kept apart, or undefined (an entry Astro renders and keeps whole). */
export function bodyApartOf(frontmatter: unknown): BodyApart | undefined {
  const ref = (frontmatter as { bodyFile?: BodyFile } | undefined)?.bodyFile;
  if (!ref) return undefined;
  const path = join(BODIES_DIR, ref.file);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (text === undefined || hashOf(text) !== ref.hash) {
    throw new Error(
      `The rendered body of ${ref.file.replace(/\.json$/, '.md')} is missing from ${BODIES_DIR} or older than ` +
        `Astro's content store. Delete ${CACHE_DIR} and build again.`,
    );
  }
  return JSON.parse(text) as BodyApart;
}

/**
 * Before content syncs: a store whose bodies were cleared away (the cache partly deleted) would point at
 * nothing, so it goes too and every entry renders afresh.
 */
export function dropStoreWithoutBodies(storeFile: string): void {
  if (!existsSync(BODIES_DIR)) rmSync(storeFile, { force: true });
  mkdirSync(BODIES_DIR, { recursive: true });
}
