/**
 * A rebuild's unchanged pages, hard-linked from Astro's incremental cache into the new site before Astro
 * generates it. Astro takes a page it finds in place as it is and copies nothing; otherwise it copied every
 * unchanged page from its cache, a folder and a file each, and that copy was the largest part of a one-edit
 * rebuild of a big site. The published site shares these files with the cache, so nothing may write into one:
 * a page Astro renders again is unlinked first, in the new site and in the cache, and its new HTML goes to new
 * files; a linked page this build no longer generates is removed before anything reads the site.
 */
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { link, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { inTurns } from '../build/in-turns.ts';
import { linkCachedCopies } from './cached-copies.ts';

/** Files linked or folders made at a time (the file system's round trips, not the CPU, are the cost). */
const AT_ONCE = 16;

/**
 * Marks a site's folder that holds folders only, no file (scripts/recycle-site.ts): a build may write into it. The
 * mark lists the folders, one per line relative to the site, so that a build need not list them again.
 */
export const FOLDERS_ONLY = '.folders-only';

/** `articles/x/index.html` → `articles/x`, `404.html` → `404`, `feed.xml` → `feed.xml`: a page's path. */
export function pathOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
}

export class LinkedPages {
  private readonly cached: string;
  private readonly site: string;
  /** Each linked file by the path of its page, as a file name relative to both folders. */
  private readonly linked = new Map<string, string[]>();
  private linking: Promise<void> | undefined;
  private keeping: Promise<void> = Promise.resolve();
  /** The folders the site's folder held when the build began (an earlier site's, emptied of files). */
  private earlierFolders: string[] = [];

  /** Astro's record of its copies (`manifest`), if given: what to link, read instead of listing `cached`. */
  private readonly manifest: string | undefined;

  /**
   * `cached`: the folder of Astro's copies of the last build's pages; `site`: the folder being built; `manifest`:
   * Astro's record of the copies (`incrementalFiles`).
   */
  constructor(cached: string, site: string, manifest?: string) {
    this.cached = cached;
    this.site = site;
    this.manifest = manifest;
  }

  /**
   * Empties the site's folder, as Astro would (its own emptying is off in astro.config.mjs: it comes after this and
   * would remove the links), then starts linking every cached page into it; a page that will not link is left to
   * Astro.
   */
  start(): void {
    if (this.linking) return;
    const marker = join(this.site, FOLDERS_ONLY);
    // An earlier site's folders, emptied of files: kept, and those this build leaves empty are removed once
    // pages are generated (`prune`). Making a folder per page again cost more than the rest of the linking.
    const folders = readFolders(marker);
    if (folders) rmSync(marker);
    else if (existsSync(this.site))
      for (const name of readdirSync(this.site))
        if (name !== '.git') rmSync(join(this.site, name), { recursive: true, force: true });
    this.linking = this.linkAll(folders).catch(() => {
      // Pages that did not link are copied or rendered by Astro as before.
    });
  }

  /** Resolves once every page that could be linked is. */
  ready(): Promise<void> {
    return this.linking ?? Promise.resolve();
  }

  /** Before Astro writes the page at `path` (or the files an endpoint there writes): its linked files go. */
  beforeRender(path: string): void {
    const files = this.linked.get(path);
    if (!files) return;
    this.linked.delete(path);
    for (const file of files) for (const copy of [this.site, this.cached]) rmSync(join(copy, file), { force: true });
  }

  /** Until the returned function is called, Astro's copy of a page it renders is the site's file (cached-copies.ts). */
  linkCopiesMeanwhile(): () => void {
    return linkCachedCopies(this.cached, this.site);
  }

  /**
   * Makes the cache's copy of each file Astro wrote for a page it rendered (`files`, relative to the site) the
   * site's file itself, as it was written: the next build links the very file this one read, and knows it unchanged
   * by its stamp (file-stamp.ts). Astro writes the same bytes to both; a copy of another size is left as it is.
   * Runs in the background; `kept` says when it is done.
   */
  keep(files: string[]): void {
    const statOf = (file: string) => stat(file).catch(() => undefined);
    this.keeping = inTurns(
      files,
      async (file) => {
        const [site, cached] = [join(this.site, file), join(this.cached, file)];
        const [written, copy] = await Promise.all([statOf(site), statOf(cached)]);
        // Already the same file (cached-copies.ts), or another of another size: left as it is.
        if (!written || !copy || written.ino === copy.ino || written.size !== copy.size) return;
        // Linked beside the copy, then renamed over it: where it cannot link (another file system) the copy stays.
        const linked = `${cached}.${process.pid}.link`;
        try {
          await link(site, linked);
        } catch {
          return;
        }
        await rename(linked, cached);
        // A page rewritten meanwhile (an alias for a moved anchor) is not Astro's: left without a copy, it is
        // rendered again next time.
        if ((await statOf(cached))?.ino !== written.ino) await rm(cached, { force: true });
      },
      AT_ONCE,
    );
  }

  /** Resolves once `keep` is done. */
  kept(): Promise<void> {
    return this.keeping;
  }

  /** Removes the linked pages whose path this build did not generate, and the earlier site's folders left empty. */
  prune(generated: ReadonlySet<string>): void {
    for (const [path, files] of this.linked) {
      if (generated.has(path)) continue;
      for (const file of files) rmSync(join(this.site, file), { force: true });
      this.linked.delete(path);
    }
    // Deepest first, so a folder whose folders all went goes too; one with anything in it stays. A folder
    // holding a linked page is not even tried: most are.
    const holding = new Set(
      [...this.linked.values()].flatMap((files) => files.map((f) => dirname(join(this.site, f)))),
    );
    const emptied = this.earlierFolders.filter((folder) => !holding.has(folder));
    for (const folder of emptied.sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty.
      }
    }
    this.earlierFolders = [];
  }

  /** `earlierFolders`: those of an earlier site the site's folder holds, relative to it (none: an empty one). */
  private async linkAll(earlierFolders: string[] | undefined): Promise<void> {
    const present = new Set((earlierFolders ?? []).map((folder) => join(this.site, folder)));
    this.earlierFolders = [...present];
    if (!existsSync(this.cached)) return;
    const files = (this.manifest && incrementalFiles(this.manifest)) || filesUnder(this.cached);
    const folders = [...new Set(files.map((file) => dirname(join(this.site, file))))].filter((f) => !present.has(f));
    await inTurns(folders, (folder) => mkdir(folder, { recursive: true }).then(() => {}), AT_ONCE);
    await inTurns(
      files,
      async (file) => {
        try {
          await link(join(this.cached, file), join(this.site, file));
        } catch {
          return;
        }
        const path = pathOfFile(file);
        const ofPath = this.linked.get(path);
        if (ofPath) ofPath.push(file);
        else this.linked.set(path, [file]);
      },
      AT_ONCE,
    );
  }
}

/**
 * The folders a site's folder of folders only holds, relative to it, as its mark lists them (undefined: no mark).
 * A mark that lists none (an older one) has them listed from the folder.
 */
function readFolders(marker: string): string[] | undefined {
  let listed: string;
  try {
    listed = readFileSync(marker, 'utf8');
  } catch {
    return undefined;
  }
  const folders = listed.split('\n').filter((line) => line !== '');
  return folders.length > 0 ? folders : foldersUnder(dirname(marker));
}

/**
 * The copies Astro's incremental cache holds, relative to its folder, as its manifest (`incremental-build.json`, the
 * cache's own record, which Astro restores pages by) lists them: read in a fraction of the time ten thousand folders
 * take to list. Undefined where the manifest is missing or of a format not known here.
 */
export function incrementalFiles(manifest: string): string[] | undefined {
  try {
    const read = JSON.parse(readFileSync(manifest, 'utf8')) as {
      version?: unknown;
      routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
    };
    if (read.version !== 1 || typeof read.routes !== 'object' || read.routes === null) return undefined;
    const files: string[] = [];
    for (const route of Object.values(read.routes))
      for (const { outputFile } of Object.values(route.paths ?? {}))
        if (typeof outputFile === 'string' && isInside(outputFile)) files.push(outputFile);
    return files;
  } catch {
    return undefined;
  }
}

/** A relative path that stays inside its folder. */
const isInside = (file: string) => file !== '' && !isAbsolute(file) && !file.split(/[\\/]/).includes('..');

// Listed synchronously: the promise version reads one folder at a time through the thread pool, and while content
// synced beside it, ten thousand folders took seconds, which generating pages then waited for.

/** Every folder under `dir`, relative to it. */
export function foldersUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Every file under `dir`, relative to it, with `/` between folders. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
