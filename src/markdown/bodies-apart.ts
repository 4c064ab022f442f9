/**
 * An article's rendered body (its HTML, headings and citation notes) is kept in a file of its own in the
 * build cache, not in Astro's content store: the store is bundled into one module that the page build
 * compiles and loads whole, and article bodies were most of its bytes. The store keeps the file's name and
 * a hash of what it holds; an article page reads the file of the article it shows. What the article cites,
 * links and names (its references and mentions, most of what was left) goes to a second file, which only
 * the reference graph reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { CACHE_DIR } from '../cache-dir.ts';
import type { RenderedBody } from './prerendered.ts';
import type { CitationNote } from './remark-citations.ts';
import type { References } from './references.ts';
import type { Mention } from './remark-mentions.ts';

const BODIES_DIR = join(CACHE_DIR, 'bodies');
const REFERENCES_DIR = join(CACHE_DIR, 'references');

/** Articles, in every edition: the collection a newsroom grows. */
const KEPT_APART = /^(?:[a-z]{2}\/)?articles\/[^/]+\.md$/;

export interface BodyApart {
  html: string;
  headings: MarkdownHeading[];
  citationNotes: CitationNote[];
}

/** What an article points at, as its render recorded it (references.ts, remark-mentions.ts). */
export interface ReferencesApart {
  references?: References;
  mentions?: Mention[];
}

/** What the store keeps in the body's place, under the frontmatter render() returns. */
interface BodyFile {
  /** The same name in both folders. */
  file: string;
  hash: string;
  referencesHash: string;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/** The rendering Astro stores for this file: an article's without its body, which goes to its own file. */
export function keepBodyApart(contentDir: string, path: string | undefined, rendered: RenderedBody): RenderedBody {
  const name = path === undefined ? undefined : relative(contentDir, path).split(sep).join('/');
  if (!name || !KEPT_APART.test(name)) return rendered;
  const { citationNotes = [], references, mentions, ...added } = rendered.added;
  const file = name.replace(/\.md$/, '.json');
  const body: BodyFile = {
    file,
    hash: write(BODIES_DIR, file, { html: rendered.code, headings: rendered.headings, citationNotes }),
    referencesHash: write(REFERENCES_DIR, file, { references, mentions }),
  };
  return { code: '', headings: [], added: { ...added, bodyFile: body } };
}

/** Writes the value as JSON and returns the hash the store keeps of it. */
function write(dir: string, file: string, value: unknown): string {
  const text = JSON.stringify(value);
  const target = join(dir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return hashOf(text);
}

/** The file as the store knows it, or an error saying how to start afresh. */
function read(dir: string, file: string, hash: string, what: string): unknown {
  const path = join(dir, file);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (text === undefined || hashOf(text) !== hash) {
    throw new Error(
      `The ${what} of ${file.replace(/\.json$/, '.md')} is missing from ${dir} or older than ` +
        `Astro's content store. Delete ${CACHE_DIR} and build again.`,
    );
  }
  return JSON.parse(text);
}

const bodyFileOf = (frontmatter: unknown) => (frontmatter as { bodyFile?: BodyFile } | undefined)?.bodyFile;

/** The body of an entry whose body is kept apart, or undefined (an entry Astro renders and keeps whole). */
export function bodyApartOf(frontmatter: unknown): BodyApart | undefined {
  const ref = bodyFileOf(frontmatter);
  return ref && (read(BODIES_DIR, ref.file, ref.hash, 'rendered body') as BodyApart);
}

/** The references and mentions of an entry whose body is kept apart, or undefined (they are in the store). */
export function referencesApartOf(frontmatter: unknown): ReferencesApart | undefined {
  const ref = bodyFileOf(frontmatter);
  return ref && (read(REFERENCES_DIR, ref.file, ref.referencesHash, 'references') as ReferencesApart);
}

/**
 * Before content syncs: a store whose bodies or references were cleared away (the cache partly deleted)
 * would point at nothing, so it goes too and every entry renders afresh.
 */
export function dropStoreWithoutBodies(storeFile: string): void {
  if (![BODIES_DIR, REFERENCES_DIR].every(existsSync)) rmSync(storeFile, { force: true });
  for (const dir of [BODIES_DIR, REFERENCES_DIR]) mkdirSync(dir, { recursive: true });
}
