/**
 * One part of the search index in Pagefind (search-parts.ts): its records added, then its files written, the
 * first part whole and the others with only what a merged index loads; Pagefind's script minified and the
 * files every search loads recompressed. Run in the search index's own thread (pagefind-thread.ts).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipAsync, gzip as gzipAsync, constants as zlib } from 'node:zlib';
import { rolldown } from 'rolldown';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-records.ts';

const gzip = promisify(gzipAsync);
const gunzip = promisify(gunzipAsync);

/** What a merged part is loaded for; the first part alone brings the script and WebAssembly. */
const MERGED_LOADS = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** One part's Pagefind index, started with its first records. */
export class PartIndex {
  private index: Promise<pagefind.PagefindIndex> | undefined;
  private readonly adding: Promise<void>[] = [];
  private readonly excludeSelectors: string[];

  /** `excludeSelectors`: what Pagefind never indexes (search-records.ts). */
  constructor(excludeSelectors: string[]) {
    this.excludeSelectors = excludeSelectors;
  }

  add(records: SearchRecord[]): void {
    this.index ??= pagefind.createIndex({ excludeSelectors: this.excludeSelectors }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    });
    for (const record of records) {
      const added = this.index
        .then((index) => index.addHTMLFile(record))
        .then((res) => {
          if (res.errors.length > 0)
            throw new Error(`Pagefind could not index ${record.url}: ${res.errors.join('; ')}`);
        });
      // Awaited in write(); a failure meanwhile is not an unhandled rejection.
      added.catch(() => {});
      this.adding.push(added);
    }
  }

  /** Drops the index: none of it is written. */
  discard(): void {
    this.index?.then((started) => started.deleteIndex()).catch(() => {});
  }

  /**
   * Has Pagefind write the index into `folder`, then drop it: Pagefind keeps what it built for an index until the
   * index is dropped, and what it frees goes to the next part it writes.
   */
  async writeFiles(folder: string): Promise<void> {
    if (!this.index) this.add([]);
    const index = await this.index!;
    await Promise.all(this.adding);
    // Asked together, so that Pagefind, which takes requests in turn, drops the index before the next part's writing
    // even while this thread is too busy to hear the first answer.
    const [written] = await Promise.all([index.writeFiles({ outputPath: folder }), index.deleteIndex()]);
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  }

  /** The files Pagefind wrote into `folder` as the site serves them: the first part whole, the others only what a
   * merged index loads. */
  static async finish(folder: string, first: boolean): Promise<string> {
    if (first) await minifyScript(folder);
    else
      for (const name of readdirSync(folder))
        if (!MERGED_LOADS.test(name)) await rm(join(folder, name), { recursive: true, force: true });
    await recompress(folder);
    return folder;
  }
}

/** Minifies `pagefind.js` (Pagefind keeps every name in full) with the minifier Vite uses. */
async function minifyScript(output: string): Promise<void> {
  const script = join(output, 'pagefind.js');
  const bundle = await rolldown({ input: script, treeshake: false, logLevel: 'warn' });
  try {
    const { output: chunks } = await bundle.generate({ format: 'esm', minify: true });
    if (chunks.length !== 1 || chunks[0].type !== 'chunk')
      throw new Error(`minifying ${script} gave ${chunks.length} files`);
    writeFileSync(script, chunks[0].code);
  } finally {
    await bundle.close();
  }
}

/**
 * Recompresses at gzip level 9 the files every search loads whatever its words: the metadata and the
 * filters. Index chunks, most of the index, stay as Pagefind wrote them: level 9 barely shrank them and
 * took a good part of the build's wait for the index. File names stay valid: Pagefind names a file after
 * its content.
 */
async function recompress(output: string): Promise<void> {
  const files = [
    ...readdirSync(output).filter((f) => f.endsWith('.pf_meta')),
    ...(existsSync(join(output, 'filter')) ? readdirSync(join(output, 'filter')).map((f) => join('filter', f)) : []),
  ];
  // On the thread pool: both cores.
  await Promise.all(
    files.map(async (name) => {
      const file = join(output, name);
      const stored = await readFile(file);
      const smaller = await gzip(await gunzip(stored), { level: zlib.Z_BEST_COMPRESSION, memLevel: 9 });
      if (smaller.length < stored.length) await writeFile(file, smaller);
    }),
  );
}

/** The parts' indexes in Pagefind, each by a number: here in the build's thread, or in one of their own. */
export interface PagefindIndexes {
  /** A new index: records go to it in the order given. */
  newIndex(): number;
  add(index: number, records: SearchRecord[]): void;
  /** Drops the index: none of it is written. */
  discard(index: number): void;
  /** Writes the index into `folder` once its records are in (the first part whole); resolves with the folder. */
  write(index: number, folder: string, first: boolean): Promise<string>;
  /** Ends Pagefind's process. */
  close(): Promise<void>;
}

/** The parts' indexes in this thread. */
export class PartIndexes implements PagefindIndexes {
  private readonly indexes = new Map<number, PartIndex>();
  private readonly discarded = new Set<number>();
  private lastIndex = 0;
  private readonly excludeSelectors: string[];

  constructor(excludeSelectors: string[]) {
    this.excludeSelectors = excludeSelectors;
  }

  newIndex(): number {
    return ++this.lastIndex;
  }

  add(index: number, records: SearchRecord[]): void {
    let part = this.indexes.get(index);
    if (!part) this.indexes.set(index, (part = new PartIndex(this.excludeSelectors)));
    part.add(records);
  }

  discard(index: number): void {
    this.indexes.get(index)?.discard();
    this.indexes.delete(index);
    this.discarded.add(index);
  }

  write(index: number, folder: string, first: boolean): Promise<string> {
    // Dropped before its writing was asked for (the ask waits for a folder): nothing to write.
    if (this.discarded.has(index)) return Promise.reject(new Error(`search index ${index} was dropped`));
    const part = this.indexes.get(index) ?? new PartIndex(this.excludeSelectors);
    this.indexes.delete(index);
    return part.writeFiles(folder).then(() => PartIndex.finish(folder, first));
  }

  async close(): Promise<void> {
    await pagefind.close();
  }
}
