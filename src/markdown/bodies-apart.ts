/**
 * An article's rendered body (its HTML, headings and citation notes) is kept in the build cache, not in
 * Astro's content store: the store is bundled into one module that the page build compiles and loads whole,
 * and article bodies were most of its bytes. What the article cites, links and names (its references and
 * mentions, most of what was left) is kept beside it, as the reference graph reads it (points-at.ts).
 *
 * Each goes into a pack file per build, appended as entries render: the store keeps where each sits and a
 * hash of it. A file per article cost two new files per article, and creating files is slow on a disk that
 * has just deleted many. The references have packs of their own, read whole: the reference graph wants every
 * article's, and a read per article was most of building it. Packs no store entry names any longer are deleted
 * before the next content sync.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { MarkdownHeading } from 'astro';
import type { RenderedContent } from 'astro:content';
import { CACHE_DIR } from '../build/cache-dir.ts';
import type { RenderedBody } from './prerendered.ts';
import type { CitationNote } from './remark-citations.ts';
import type { References } from './references.ts';
import type { Mention } from './remark-mentions.ts';
import { pointsAt, type PointsAt } from './points-at.ts';

const PACKS_DIR = join(CACHE_DIR, 'bodies');
/** A pack's name: when and by which process it was begun, so no two builds append to one. */
const PACK_NAME = /bodies-[0-9a-z]+-[0-9]+-[0-9a-f]{8}(?:-refs)?\.pack/g;
const REFERENCES_PACK = /-refs\.pack$/;

/** Articles, in every edition: the collection a newsroom grows. */
const KEPT_APART = /^(?:[a-z]{2}\/)?articles\/[^/]+\.md$/;

export interface BodyApart {
  html: string;
  headings: MarkdownHeading[];
  citationNotes: CitationNote[];
}

/** Where a kept value sits: its pack, its bytes' offset and length there, and their hash. */
interface Packed {
  pack: string;
  at: number;
  length: number;
  hash: string;
}

/** What the store keeps in the body's place, under the frontmatter render() returns. */
interface KeptApart {
  /** The article's file, relative to the content folder: for errors. */
  file: string;
  body: Packed;
  references: Packed;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url').slice(0, 32);

/** The packs this thread appends to, bodies and references, each opened with its first value. */
const writing: Partial<Record<'bodies' | 'refs', { name: string; fd: number; size: number }>> = {};

/** Appends `value` as JSON, and after it on a line of its own `text` as it is, if given (an article's HTML). */
function append(kind: 'bodies' | 'refs', value: unknown, text?: string): Packed {
  let pack = writing[kind];
  if (!pack) {
    mkdirSync(PACKS_DIR, { recursive: true });
    const begun = `${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}`;
    const name = `bodies-${begun}${kind === 'refs' ? '-refs' : ''}.pack`;
    pack = writing[kind] = { name, fd: openSync(join(PACKS_DIR, name), 'wx'), size: 0 };
  }
  // JSON never holds a line break of its own, so the first one ends it. The HTML is kept out of the JSON:
  // escaping it there, and reading it back, cost more than the rest of keeping it.
  const bytes = Buffer.from(text === undefined ? JSON.stringify(value) : `${JSON.stringify(value)}\n${text}`);
  writeSync(pack.fd, bytes, 0, bytes.length, pack.size);
  const packed = { pack: pack.name, at: pack.size, length: bytes.length, hash: hashOf(bytes) };
  pack.size += bytes.length;
  return packed;
}

/** The rendering Astro stores for this file: an article's without its body, which is kept apart. */
export function keepBodyApart(contentDir: string, path: string | undefined, rendered: RenderedBody): RenderedBody {
  const name = path === undefined ? undefined : relative(contentDir, path).split(sep).join('/');
  if (!name || !KEPT_APART.test(name)) return rendered;
  const { citationNotes = [], references, mentions, ...added } = rendered.added;
  const apart: KeptApart = {
    file: name,
    body: append('bodies', { headings: rendered.headings, citationNotes }, rendered.code),
    references: append(
      'refs',
      pointsAt((references as References | undefined) ?? { citations: [], links: [] }, mentions as Mention[]),
    ),
  };
  return { code: '', headings: [], added: { ...added, apart } };
}

/** Open packs, for reading, by name. */
const reading = new Map<string, number>();
/** Packs of references, read whole (see above), until `forgetReferencePacks`. */
const readWhole = new Map<string, Buffer>();

/** The bytes of a kept value: from a pack of references read whole (again if it has grown since), else read alone. */
function bytesOf({ pack, at, length }: Packed): Buffer {
  if (REFERENCES_PACK.test(pack)) {
    let whole = readWhole.get(pack);
    if (!whole || whole.length < at + length) readWhole.set(pack, (whole = readFileSync(join(PACKS_DIR, pack))));
    return whole.subarray(at, at + length);
  }
  const bytes = Buffer.alloc(length);
  let fd = reading.get(pack);
  if (fd === undefined) reading.set(pack, (fd = openSync(join(PACKS_DIR, pack), 'r')));
  return bytes.subarray(0, readSync(fd, bytes, 0, length, at));
}

/** The bytes as the store knows them, as text, or an error saying how to start afresh. */
function read(packed: Packed, file: string, what: string): string {
  let bytes: Buffer | undefined;
  try {
    bytes = bytesOf(packed);
  } catch {
    // Missing: reported below.
  }
  if (bytes?.length !== packed.length || hashOf(bytes) !== packed.hash) {
    throw new Error(
      `The ${what} of ${file} is missing from ${PACKS_DIR} or older than Astro's content store. ` +
        `Delete ${CACHE_DIR} and build again.`,
    );
  }
  return bytes.toString('utf8');
}

/** Lets go of the packs of references read whole, once every entry's references are read. */
export function forgetReferencePacks(): void {
  readWhole.clear();
}

const keptApartOf = (frontmatter: unknown) => (frontmatter as { apart?: KeptApart } | undefined)?.apart;

/** The body of an entry whose body is kept apart, or undefined (an entry Astro renders and keeps whole). */
export function bodyApartOf(frontmatter: unknown): BodyApart | undefined {
  const kept = keptApartOf(frontmatter);
  if (!kept) return undefined;
  const text = read(kept.body, kept.file, 'rendered body');
  const lineEnd = text.indexOf('\n');
  // A pack written before the HTML was kept out of the JSON has it inside.
  if (lineEnd < 0) return JSON.parse(text) as BodyApart;
  return { ...(JSON.parse(text.slice(0, lineEnd)) as Omit<BodyApart, 'html'>), html: text.slice(lineEnd + 1) };
}

/** What an entry whose body is kept apart points at, or undefined (its references are in the store). */
export function pointsApartOf(frontmatter: unknown): PointsAt | undefined {
  const kept = keptApartOf(frontmatter);
  return kept && (JSON.parse(read(kept.references, kept.file, 'references')) as PointsAt);
}

/**
 * What a page's cache key takes of its entry's rendering: a body kept apart by its hashes alone, so that a
 * body rendered again to the same bytes, into another pack, leaves the page's key as it was.
 */
export function renderedForKey(rendered: RenderedContent | undefined): unknown {
  const frontmatter = rendered?.metadata?.frontmatter;
  const kept = keptApartOf(frontmatter);
  if (!rendered || !kept) return rendered;
  const apart = [kept.body.hash, kept.references.hash];
  return { ...rendered, metadata: { ...rendered.metadata, frontmatter: { ...(frontmatter as object), apart } } };
}

/** Whether the process `pid` is running (a pack it has begun may be named by no store yet). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // Running, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Before content syncs. `own` are the content stores this command keeps (a build its store in the cache folder; the
 * dev server that and its store in `.astro/`): one that names a pack no longer there (the cache partly deleted) would
 * point at nothing, so it goes and its entries render afresh. `others` are stores another command keeps, which may
 * take their bodies from these packs or from another cache folder's (a test's build beside an editor's dev server):
 * never deleted here, and the packs they name stay. Packs no store names are deleted, but for those of a running
 * process: its store may not be saved yet (a dev server restarting in the same process, when Vite re-optimizes its
 * dependencies, loads this module afresh; a build beside a dev server on the same cache folder).
 */
export function tidyBodyPacks({ own, others = [] }: { own: string[]; others?: string[] }): void {
  mkdirSync(PACKS_DIR, { recursive: true });
  const packs = new Set(readdirSync(PACKS_DIR));
  const named = new Set<string>();
  for (const storeFile of [...own, ...others]) {
    let store: string;
    try {
      store = readFileSync(storeFile, 'utf8');
    } catch {
      continue; // No such store: it names nothing.
    }
    const names = new Set(store.match(PACK_NAME));
    if (own.includes(storeFile) && [...names].some((name) => !packs.has(name))) rmSync(storeFile, { force: true });
    else for (const name of names) named.add(name);
  }
  // What is not a pack is left from a file per article (older builds).
  for (const name of packs) {
    const pid = /^bodies-[0-9a-z]+-([0-9]+)-/.exec(name)?.[1];
    if (!named.has(name) && !(pid && running(Number(pid))))
      rmSync(join(PACKS_DIR, name), { recursive: true, force: true });
  }
  rmSync(join(CACHE_DIR, 'references'), { recursive: true, force: true });
}
