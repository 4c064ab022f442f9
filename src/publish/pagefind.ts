/**
 * The search index, written by Pagefind. Each page goes to Pagefind as Astro renders it
 * (rendered-pages.ts), so Pagefind reads it on the other core while Astro renders the rest; pages Astro
 * takes from its incremental cache are read from disk once all are generated. Article pages are indexed
 * from their `data-pagefind-body`; timeline events, glossary terms, people and source sentences one entry
 * at a time (see search-records.ts) so each is a result landing on its anchor. Navigation, footers and
 * back-lists are never indexed. An indexing error fails the build.
 *
 * Pagefind writes one index per `<html lang>`. The pages of another edition (`/uk/…`) are handed over
 * with their Ukrainian words' keys (search-records.ts), so a query in any case form finds them.
 *
 * A big site's index is written in parts (search-parts.ts), each kept in the build cache: a rebuild
 * re-indexes only the parts whose records changed, and the reader's browser merges the parts. When only articles
 * changed, a rebuild gives their parts the records they are expected to get before those come, in a thread of
 * its own, and writes each as soon as it has them all (`startChangedParts`).
 *
 * What a reader's first search downloads is kept small: index chunks of a few words each, Pagefind's
 * script minified, the metadata recompressed.
 *
 * In `astro dev` there is no fresh index, so the last build's index is served
 * instead; with no build yet, the search page says a build is needed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { VERSION as ROLLDOWN_VERSION } from 'rolldown';
import { UNINDEXED, pageRecords, translatedSentenceRecords, type SearchRecord } from './search-records.ts';
import {
  PARTS_VAR,
  PartRecords,
  partCount,
  partFolder,
  partKey,
  partOf,
  PartGuess,
  partRecord,
  type PartRecord,
} from './search-parts.ts';
import { SearchIndexCache, type LastIndex } from './search-index-cache.ts';
import { PagefindThread } from './pagefind-thread.ts';
import { PartIndexes, type PagefindIndexes } from './pagefind-part.ts';
import { madeWith } from '../build/made-with.ts';
import { CACHE_DIR } from '../build/cache-dir.ts';
import { PARTS_FILE } from '../scripts/search/index-parts.ts';
import { DEFAULT_LANG, LANGS, isLang, langPrefix } from '../i18n/languages.ts';
import { timed } from './build-timings.ts';
import { onGeneratedPages, type GeneratedPage } from './rendered-pages.ts';
import { entryPath, withTrailingSlash } from '../urls.ts';
import { packageVersion } from '../build/package-version.ts';
import { contentDir, entryIdOf } from '../content/files.ts';
import { filesStoredAnew } from '../content/synced-entries.ts';
import { fileStamp } from '../build/file-stamp.ts';
import sirv from 'sirv';

/**
 * Smaller index chunks than Pagefind's default (20,000 word positions): a search downloads the chunks
 * its words fall in, and a common word no longer brings hundreds of neighbours (`npm run bench` measures
 * it). Pagefind reads this from an unstable variable; without it search still works, with bigger chunks.
 */
export const INDEX_CHUNK_SIZE = '2000';
export const CHUNK_SIZE_VAR = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

// What else decides a part's files besides its records: a change here makes every part anew.
const INDEX_LAYOUT = 1;
const MADE_WITH = [INDEX_LAYOUT, packageVersion('pagefind'), ROLLDOWN_VERSION];

// What turns a page into its records: a change here reads every page again.
const RECORDS_MADE_WITH = madeWith(1, new URL('./search-records.ts', import.meta.url));

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let cachedPages = '';
  let contentPath = '';
  let outDir = '';
  let index: SearchIndex | undefined;
  let stopListening = () => {};
  let writing: ReturnType<SearchIndex['write']> | undefined;
  return {
    name: 'explainer-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        cachedPages = join(fileURLToPath(config.cacheDir), 'dist');
        outDir = fileURLToPath(config.outDir);
        contentPath = resolve(fileURLToPath(config.root), contentDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const lastIndex = join(outDir, 'pagefind');
        if (!existsSync(lastIndex)) {
          logger.warn('no search index yet: search answers after "npm run build"');
          return;
        }
        logger.info('search uses the index from the last build');
        server.middlewares.use(`${base}pagefind`, sirv(lastIndex, { dev: true }));
      },
      // Pagefind indexes each page as Astro renders it, on the other core.
      'astro:build:start': ({ logger }) => {
        const filling = SearchIndex.open(outDir);
        index = filling;
        stopListening = onGeneratedPages({
          // Once Vite's build, which takes both cores, is done.
          starting: () => {
            const started = filling.startChangedParts(cachedPages, contentPath);
            if (started > 0)
              logger.info(`indexing ${started} changed search part${started === 1 ? '' : 's'} while pages render`);
          },
          expect: (pages) => filling.expect(pages),
          rendered: (key, html) => filling.pageRendered(key, html),
          page: (page) => filling.addPage(page),
          written: (key, stamp) => filling.written(key, stamp),
        });
      },
      // Every page is in (rendered-pages.ts runs first): Pagefind writes while the site checks run.
      'astro:build:generated': () => {
        stopListening();
        writing = index?.write();
        // Awaited when the build is done; a failure meanwhile is not an unhandled rejection.
        writing?.catch(() => {});
      },
      'astro:build:done': ({ logger }) =>
        timed('pagefind', async () => {
          if (!writing) throw new Error('the search index was not started with the build');
          const { pages, entries, parts, reused, ahead } = await writing;
          const inParts = parts > 1 ? ` in ${parts} parts` : '';
          const kept = reused > 0 ? `, ${reused === parts ? 'all' : reused} unchanged since the last build` : '';
          const early = ahead > 0 ? `, ${ahead} written before the last pages came` : '';
          logger.info(`indexed ${pages} pages and ${entries} entries for search${inParts}${kept}${early}`);
        }),
    },
  };
}

/**
 * The site's search index being filled, in parts (search-parts.ts): article pages whole
 * (`data-pagefind-body`), the entries of listing pages one by one (search-records.ts), another edition's
 * words with their keys. Pagefind numbers pages in the order they are added, so they come in one order
 * whatever rendered first (rendered-pages.ts). A part is handed to Pagefind only once its records differ
 * from the last build's (or, in a rebuild, ahead of them: `startChangedParts`); an unchanged part is copied from
 * the cache.
 */
class SearchIndex {
  private parts: PartRecords[] = [];
  /** The records of each page on disk, by its key: its file's stamp and its records' addresses and digests. */
  private lastPages = new Map<string, PageRecords>();
  private readonly nowPages = new Map<string, PageRecords>();
  /** The records of each page handed over as rendered, until its file's stamp is known (`written`). */
  private readonly rendered = new Map<string, PageRecords[1]>();
  /** Each part's index, by its number in `pagefind`. */
  private readonly indexes = new Map<number, number>();
  /** Where the indexes are made: a rebuild that starts parts early makes them in a thread of their own. */
  private pagefind: PagefindIndexes | undefined;
  /** Parts started before their pages came (`startChangedParts`): the records given before Astro listed pages. */
  private readonly started = new Map<number, string[]>();
  /** What each started part is given ahead of its records (search-parts.ts). */
  private readonly guessing = new Map<number, PartGuess>();
  /** Started parts whose every record was given, written ahead: their key and files, kept if the guess holds. */
  private readonly ahead = new Map<number, { key: string; folder: Promise<string> }>();
  /** Parts expected unchanged, put into the site while pages render (`startChangedParts`): their key and copying. */
  private readonly placed = new Map<number, { key: string; copied: Promise<boolean> }>();
  /** Parts written ahead, then dropped: waited for before the cache is tidied (their scratch folders in it). */
  private readonly droppedAhead: Promise<unknown>[] = [];
  /** The changed articles' pages. */
  private readonly changing = new Set<string>();
  /** While parts are given records ahead: the pages rendered so far, for the records they give. */
  private readonly renderedForGuesses = new Map<string, { html: string; records?: PartRecord[] }>();
  /** Where Astro keeps its copies of the last build's pages. */
  private cachedPages = '';
  private startAsked = false;
  private pages = 0;
  private entries = 0;
  /** The folder the site is built into. */
  private readonly site: string;
  private readonly cache: SearchIndexCache;
  private readonly made: string;
  private readonly restoreEnv: () => void;

  private constructor(site: string, cache: SearchIndexCache, made: string, restoreEnv: () => void) {
    this.site = site;
    this.cache = cache;
    this.made = made;
    this.restoreEnv = restoreEnv;
  }

  /** The search index of the site built into `site`. */
  static open(site: string): SearchIndex {
    // Read by the Pagefind process when the first index starts it (an explicit setting wins).
    const chunkSize = process.env[CHUNK_SIZE_VAR];
    process.env[CHUNK_SIZE_VAR] = chunkSize ?? INDEX_CHUNK_SIZE;
    const restoreEnv = () => {
      if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VAR];
      else process.env[CHUNK_SIZE_VAR] = chunkSize;
    };
    const made = JSON.stringify([MADE_WITH, process.env[CHUNK_SIZE_VAR], UNINDEXED, RECORDS_MADE_WITH]);
    return new SearchIndex(site, new SearchIndexCache(join(CACHE_DIR, 'search-index')), made, restoreEnv);
  }

  /** The number of pages Astro will generate, which decides the number of parts (once: records may be in). */
  expect(pages: number): void {
    if (this.parts.length > 0) return;
    const parts = partCount(pages, process.env[PARTS_VAR]);
    const last = this.cache.last(this.made, parts);
    // Started for the last build's parts: none fit if their number changed (`last` is then undefined), and every
    // part is indexed as it comes, in this thread.
    if (!last && this.started.size > 0) {
      for (const n of [...this.started.keys()]) this.dropStarted(n);
      void this.pagefind?.close();
      this.pagefind = undefined;
      this.indexes.clear();
    }
    this.lastPages = new Map(last?.pages?.map(([key, ...known]) => [key, known]));
    this.parts = Array.from(
      { length: parts },
      (_, n) =>
        new PartRecords(last?.records[n], (records) => this.addTo(n, records), {
          guessed: this.started.get(n) ?? [],
          onGuessWrong: () => this.dropStarted(n),
        }),
    );
  }

  /**
   * Before Astro renders anything, in a rebuild that changed articles only: the parts holding their pages will
   * change, so Pagefind starts on each at once instead of waiting for the pages to come. It is given the last
   * build's records up to the first such page, read from Astro's copies of the last build's pages
   * (`cachedPages`); then, once that page renders, its new records and the last build's on to the next (`feed`).
   * A part given all it is expected to get is written at once (`writeAhead`). Most edits change the records of
   * the edited article's page alone; the records that come tell whether the guess was right (PartRecords), and
   * a wrong one is dropped, written or not. The parts expected to stay as they were are put into the site
   * meanwhile, from the cache: thousands of files on a big site, linked while the cores have room rather than at
   * the end, when the build waits for Pagefind.
   */
  startChangedParts(cachedPages: string, contentPath: string): number {
    // Once, and only before any record came.
    if (this.startAsked || this.parts.length > 0) return 0;
    this.startAsked = true;
    const last = this.cache.last(this.made);
    if (!last) return 0;
    const lastKeys = new Set(last.pages.map(([key]) => key));
    const changing: string[] = [];
    for (const file of filesStoredAnew()) {
      const key = articlePageOf(relative(contentPath, file));
      // Another entry changed, or a new article came: which parts change is not known before the pages come.
      if (key === undefined || !lastKeys.has(key)) return 0;
      changing.push(key);
    }
    if (changing.length === 0) return 0;
    for (const key of changing) this.changing.add(key);
    this.cachedPages = cachedPages;
    const pageOf = new Map<string, string>();
    for (const [key, , records] of last.pages) for (const [, digest] of records) pageOf.set(digest, key);
    for (const [n, digests] of last.records.entries()) {
      const keys = digests.map((digest) => pageOf.get(digest));
      const guess = new PartGuess({ part: n, parts: last.parts }, { keys, digests }, this.changing);
      if (!guess.expectsChange) continue;
      this.started.set(n, []);
      this.guessing.set(n, guess);
    }
    if (this.started.size === 0) return 0;
    // Fed while Astro lists its pages, which keeps this thread busy (pagefind-thread.ts).
    this.pagefind = new PagefindThread(UNINDEXED);
    for (const n of [...this.guessing.keys()]) this.feed(n);
    // Part 0, Pagefind's own folder, holds the others: it goes in with the changed ones.
    for (let n = 1; n < last.parts; n++) {
      const key = partKey(this.made, n, last.records[n] ?? []);
      const folder = this.started.has(n) ? undefined : this.cache.kept(key);
      if (!folder) continue;
      const into = join(this.site, 'pagefind', partFolder(n));
      this.placed.set(n, {
        key,
        copied: SearchIndexCache.copy(folder, into).then(
          () => true,
          () => false,
        ),
      });
    }
    return this.started.size;
  }

  /** A page as Astro renders it, before its turn: it may carry the started parts' guesses on. */
  pageRendered(key: string, html: string): void {
    if (this.guessing.size === 0) return;
    this.renderedForGuesses.set(key, { html });
    for (const n of [...this.guessing.keys()]) this.feed(n);
  }

  /**
   * Gives a started part what it is expected to get next: pages as the last build made them from Astro's copies,
   * and as rendered in this build.
   */
  private feed(n: number): void {
    const guess = this.guessing.get(n);
    if (!guess) return;
    let records: PartRecord[];
    try {
      records = guess.more({
        lastOf: (key) => lastRecordsOf(key, this.cachedPages),
        renderedOf: (key) => {
          const page = this.renderedForGuesses.get(key);
          if (page) page.records ??= newRecords(`/${key}`, page.html);
          return page?.records;
        },
      });
    } catch {
      // A copy that cannot be read as a page or a sentences file: the guess only saves time, and goes.
      this.dropStarted(n);
      return;
    }
    if (records.length > 0) this.give(n, records);
    if (!this.guessing.has(n) || !(guess.complete || guess.gaveUp)) return;
    if (guess.complete) this.writeAhead(n);
    this.stopGuessing(n);
  }

  private stopGuessing(n: number): void {
    this.guessing.delete(n);
    if (this.guessing.size === 0) this.renderedForGuesses.clear();
  }

  /**
   * A started part given every record it is expected to get is written at once, while Astro hands over the
   * pages it kept, instead of once all are in. The guess is closed: a record it did not have makes it wrong.
   */
  private writeAhead(n: number): void {
    const part = this.parts[n];
    if (!part || this.ahead.has(n)) return;
    const guessed = part.closeGuess();
    if (!guessed) return;
    const key = partKey(this.made, n, guessed);
    // This index, even if the part is dropped and started again before the folder is ready.
    const index = this.indexOf(n);
    const pagefind = this.pagefind!;
    const folder = this.cache.scratch(key).then((scratch) => pagefind.write(index, scratch, n === 0));
    // Awaited in write(); a failure meanwhile is not an unhandled rejection.
    folder.catch(() => {});
    this.ahead.set(n, { key, folder });
  }

  /** Records handed to a started part's index ahead of their coming, unless those that came say otherwise. */
  private give(n: number, records: PartRecord[]): void {
    const part = this.parts[n];
    const digests = records.map((record) => record.digest);
    if (part && !part.extendGuess(digests)) {
      this.stopGuessing(n);
      return;
    }
    if (!part) this.started.get(n)!.push(...digests);
    this.addTo(
      n,
      records.map((record) => ({ url: record.url, content: record.content() })),
    );
  }

  /** A part started before its pages came, wrongly or for nothing: its index goes, and it is indexed as it comes. */
  private dropStarted(n: number): void {
    const ahead = this.ahead.get(n);
    if (ahead) this.droppedAhead.push(ahead.folder.catch(() => {}));
    const index = this.indexes.get(n);
    if (index !== undefined) this.pagefind!.discard(index);
    this.indexes.delete(n);
    this.started.delete(n);
    this.stopGuessing(n);
    this.ahead.delete(n);
  }

  /**
   * A built page. One on disk whose file is the last build's (its stamp) gives the last build's records by
   * their digests, and is read only if a part they fall in changed.
   */
  addPage(page: GeneratedPage): void {
    // URLs without the base: Pagefind's baseUrl option adds it for every result alike.
    const url = `/${page.key}`;
    const last = page.stamp === undefined ? undefined : this.lastPages.get(page.key);
    const records = last && last[0] === page.stamp ? lastRecords(page, last[1]) : newRecords(url, page.html());
    const known = records.map((r): [string, string] => [r.url, r.digest]);
    if (page.stamp !== undefined) this.nowPages.set(page.key, [page.stamp, known]);
    else this.rendered.set(page.key, known);
    for (const record of records) {
      this.add(record);
      if (record.url === url) this.pages++;
      else this.entries++;
    }
  }

  /** A page handed over as rendered, now written: its file's stamp, to know it unchanged next time. */
  written(key: string, stamp: string): void {
    const known = this.rendered.get(key);
    if (known) this.nowPages.set(key, [stamp, known]);
  }

  private add(record: PartRecord): void {
    if (this.parts.length === 0) this.expect(0);
    this.parts[partOf(record.url, this.parts.length)]!.add(record);
  }

  /** Part `n`'s index, by its number in `pagefind`. */
  private indexOf(n: number): number {
    // Pagefind reads its settings from the environment (`open`) when the first index starts it.
    this.pagefind ??= new PartIndexes(UNINDEXED);
    let index = this.indexes.get(n);
    if (index === undefined) this.indexes.set(n, (index = this.pagefind.newIndex()));
    return index;
  }

  private addTo(n: number, records: SearchRecord[]): void {
    const index = this.indexOf(n);
    this.pagefind!.add(index, records);
  }

  /** Writes part `n`'s index into `folder`: the first part whole, the others only what a merged index loads. */
  private writeIndex(n: number, folder: string): Promise<string> {
    const index = this.indexOf(n);
    return this.pagefind!.write(index, folder, n === 0);
  }

  /** Waits for every page, adds the translated source sentences, and writes the index into the site's `pagefind/`. */
  async write(): Promise<{ pages: number; entries: number; reused: number; ahead: number; parts: number }> {
    try {
      // Every page is in: a guess still waiting for one is given nothing more.
      for (const n of [...this.guessing.keys()]) this.stopGuessing(n);
      // Source pages are English only: another edition finds their sentences by our translations.
      const editions = LANGS.filter((l) => l !== DEFAULT_LANG && existsSync(join(this.site, l)));
      for (const lang of editions)
        for (const id of existsSync(join(this.site, 'sources')) ? readdirSync(join(this.site, 'sources')).sort() : []) {
          const key = `sources/${id}/${SENTENCES}`;
          const file = join(this.site, key);
          if (!existsSync(file)) continue;
          // Known next time by the file they come from (only a rebuild's guess looks them up: `lastRecordsOf`).
          const known = this.nowPages.get(key) ?? [fileStamp(file), []];
          this.nowPages.set(key, known);
          for (const record of sentenceRecords(key, readFileSync(file, 'utf8'), [lang])) {
            this.add(record);
            known[1].push([record.url, record.digest]);
            this.entries++;
          }
        }
      if (this.pages + this.entries === 0)
        throw new Error('Pagefind found nothing to index (is data-pagefind-body missing?)');
      const output = join(this.site, 'pagefind');
      const keys = this.parts.map((part, n) => {
        part.finish();
        return partKey(this.made, n, part.digests);
      });
      let reused = 0;
      let ahead = 0;
      // A part put into the site early stays if its records are the last build's (its key); anything else there goes.
      const inPlace = new Set<string>();
      for (const [n, early] of this.placed)
        if ((await early.copied) && keys[n] === early.key) inPlace.add(partFolder(n));
      for (const name of existsSync(output) ? readdirSync(output) : [])
        if (!inPlace.has(`${name}/`)) await rm(join(output, name), { recursive: true, force: true });
      // Each part goes into the site as soon as it is ready: kept parts while a changed one is indexed.
      await Promise.all(
        keys.map(async (key, n) => {
          const part = this.parts[n]!;
          if (inPlace.has(partFolder(n))) {
            reused++;
            return;
          }
          let folder = part.isChanged ? undefined : this.cache.kept(key);
          if (folder) {
            reused++;
            if (this.started.has(n)) this.dropStarted(n);
          } else {
            const early = this.ahead.get(n);
            // Unchanged but no longer kept: indexed from its records now.
            part.handOver();
            // Written ahead, the index holds the guess (a wrong one was dropped with it): the records that came.
            if (early && !(part.wereGuessed && early.key === key))
              throw new Error(`search part ${n} was written ahead of records it does not hold`);
            if (early) ahead++;
            const written = early ? await early.folder : await this.writeIndex(n, await this.cache.scratch(key));
            folder = await this.cache.keep(written, key);
          }
          await SearchIndexCache.copy(folder, join(output, partFolder(n)));
        }),
      );
      // The parts the browser merges into the first (src/scripts/search/index-parts.ts).
      const merged = keys.map((_, n) => partFolder(n)).slice(1);
      writeFileSync(join(output, PARTS_FILE), JSON.stringify(merged));
      const pages = [...this.nowPages].map(([key, known]) => [key, ...known] satisfies LastIndex['pages'][number]);
      const records = this.parts.map((p) => p.digests);
      await Promise.all(this.droppedAhead);
      await this.cache.save({ made: this.made, parts: keys.length, records, pages }, keys);
      return { pages: this.pages, entries: this.entries, reused, ahead, parts: keys.length };
    } finally {
      this.restoreEnv();
      await this.pagefind?.close();
    }
  }
}

/** What search indexes of a page: the page itself (its URL is the page's) and each entry it lists. */
function newRecords(url: string, html: string): PartRecord[] {
  const { page, entries } = pageRecords(url, html);
  return (page ? [page, ...entries] : entries).map(partRecord);
}

type PageRecords = [stamp: string, records: Array<[url: string, digest: string]>];

/** The page of an article's file (`articles/x.md`, `uk/articles/x.md`, relative to the content folder), if one. */
function articlePageOf(file: string): string | undefined {
  const [first, ...rest] = file.split(sep);
  const lang = isLang(first) ? first : DEFAULT_LANG;
  const folder = lang === first ? rest[0] : first;
  if (folder !== 'articles' || !file.endsWith('.md')) return undefined;
  return langPrefix(lang) + entryPath('article', entryIdOf(file));
}

/** A page's records as the last build made them, from its copy in `site` (undefined: it has none). */
function lastRecordsOf(key: string, site: string): PartRecord[] | undefined {
  const sentences = key.endsWith(`/${SENTENCES}`);
  let text: string;
  try {
    text = readFileSync(join(site, key, sentences ? '' : 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  return sentences ? sentenceRecords(key, text, LANGS) : newRecords(`/${key}`, text);
}

/** A source's sentences for the reader's browser, with each edition's translations (src/pages/sources/). */
const SENTENCES = 'sentences.json';

/**
 * The records of a source's sentences in other editions (`langs`, the site's own language aside), from its
 * sentences file (`sources/<id>/sentences.json`): source pages are English only, and another edition finds their
 * sentences by our translations.
 */
function sentenceRecords(key: string, json: string, langs: readonly string[]): PartRecord[] {
  const editions = JSON.parse(json) as Record<string, Parameters<typeof translatedSentenceRecords>[2] | undefined>;
  const sourceUrl = `/${key.slice(0, -SENTENCES.length)}`;
  return langs.flatMap((lang) => {
    const edition = lang === DEFAULT_LANG ? undefined : editions[lang];
    return edition ? translatedSentenceRecords(sourceUrl, lang, edition).map(partRecord) : [];
  });
}

/** The records the last build made of a page whose file is unchanged, its content read only when asked. */
function lastRecords(page: GeneratedPage, known: PageRecords[1]): PartRecord[] {
  let contents: Map<string, string> | undefined;
  const content = (url: string) => {
    if (!contents) {
      const { page: whole, entries } = pageRecords(`/${page.key}`, page.html());
      contents = new Map((whole ? [whole, ...entries] : entries).map((r) => [r.url, r.content]));
    }
    const text = contents.get(url);
    if (text === undefined) throw new Error(`${page.key}: its file gave no search record for ${url} this time`);
    return text;
  };
  return known.map(([url, digest]) => ({ url, digest, content: () => content(url) }));
}
