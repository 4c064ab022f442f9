/**
 * The search index's parts kept between builds (search-parts.ts): each part's written files, named by its
 * key, and what the last build gave each part, so that a rebuild tells which parts changed while pages come.
 * Only the last build's parts are kept.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from './link-or-copy.ts';
import { writeWhole } from '../build/write-whole.ts';

export interface LastIndex {
  /** How the parts were made (Pagefind's version, settings): a change makes every part anew. */
  made: string;
  parts: number;
  /** Each part's record digests, in order. */
  records: string[][];
  /** Each page on disk, by its key: its file's stamp and its records' addresses and digests (pagefind.ts). */
  pages: Array<[key: string, stamp: string, records: Array<[url: string, digest: string]>]>;
}

export class SearchIndexCache {
  private readonly dir: string;
  private readonly file: string;
  private read: LastIndex | undefined;

  constructor(dir: string) {
    this.dir = dir;
    this.file = join(dir, 'last.json');
  }

  /** The last build's parts, if they were made the same way (and, given `parts`, in as many parts). */
  last(made: string, parts?: number): LastIndex | undefined {
    try {
      this.read ??= JSON.parse(readFileSync(this.file, 'utf8')) as LastIndex;
    } catch {
      return undefined;
    }
    const last = this.read;
    return last.made === made && (parts === undefined || last.parts === parts) ? last : undefined;
  }

  /** The folder of a part's files by its key, if kept. */
  kept(key: string): string | undefined {
    const folder = join(this.dir, key);
    return existsSync(join(folder, 'pagefind-entry.json')) ? folder : undefined;
  }

  /** A folder to write a part into, then `keep` it under its key. */
  async scratch(key: string): Promise<string> {
    const folder = join(this.dir, `${key}.${process.pid}.tmp`);
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    return folder;
  }

  async keep(scratch: string, key: string): Promise<string> {
    const folder = join(this.dir, key);
    await rm(folder, { recursive: true, force: true });
    await rename(scratch, folder);
    return folder;
  }

  /** Puts a kept part into the site, its files linked (thousands of them on a big site). */
  static async copy(folder: string, into: string): Promise<void> {
    await mkdir(into, { recursive: true });
    await Promise.all(
      (await readdir(folder, { withFileTypes: true })).map((entry) => {
        const from = join(folder, entry.name);
        const to = join(into, entry.name);
        return entry.isDirectory() ? SearchIndexCache.copy(from, to) : linkOrCopy(from, to);
      }),
    );
  }

  /** Records this build's parts for the next one and forgets every other part's files. */
  async save(last: LastIndex, keys: string[]): Promise<void> {
    writeWhole(this.file, JSON.stringify(last));
    const keep = new Set([...keys, 'last.json']);
    for (const name of await readdir(this.dir))
      if (!keep.has(name)) await rm(join(this.dir, name), { recursive: true, force: true });
  }
}
