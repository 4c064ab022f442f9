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
 * What a reader's first search downloads is kept small (see writeSmall):
 * index chunks of a few words each, and Pagefind's script minified.
 *
 * In `astro dev` there is no fresh index, so the last build's index is served
 * instead; with no build yet, the search page says a build is needed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip as gunzipAsync, gzip as gzipAsync, constants as zlib } from 'node:zlib';
import { rolldown } from 'rolldown';
import { UNINDEXED, pageRecords, translatedSentenceRecords } from './search-records.ts';
import { DEFAULT_LANG, LANGS } from '../i18n/languages.ts';
import { timed } from './build-timings.ts';
import { onGeneratedPage } from './rendered-pages.ts';
import { withTrailingSlash } from '../urls.ts';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

const gzip = promisify(gzipAsync);
const gunzip = promisify(gunzipAsync);

/**
 * Smaller index chunks than Pagefind's default (20,000 word positions): a search downloads the chunks
 * its words fall in, and a common word no longer brings hundreds of neighbours (`npm run bench` measures
 * it). Pagefind reads this from an unstable variable; without it search still works, with bigger chunks.
 */
export const INDEX_CHUNK_SIZE = '2000';
export const CHUNK_SIZE_VAR = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

export function pagefindIndex(): AstroIntegration {
  let lastIndex = '';
  let base = '/';
  let index: SearchIndex | undefined;
  let stopListening = () => {};
  let writing: Promise<{ pages: number; entries: number }> | undefined;
  return {
    name: 'explainer-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        lastIndex = join(fileURLToPath(config.outDir), 'pagefind');
        base = withTrailingSlash(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(lastIndex)) {
          logger.warn('no search index yet: search answers after "npm run build"');
          return;
        }
        logger.info('search uses the index from the last build');
        server.middlewares.use(`${base}pagefind`, sirv(lastIndex, { dev: true }));
      },
      // Pagefind indexes each page as Astro renders it, on the other core.
      'astro:build:start': async () => {
        index = await SearchIndex.open();
        stopListening = onGeneratedPage((key, html) => index!.addPage(key, html));
      },
      // Every page is in (rendered-pages.ts runs first): Pagefind writes while the site checks run.
      'astro:build:generated': ({ dir }) => {
        stopListening();
        writing = index?.write(fileURLToPath(dir));
        // Awaited when the build is done; a failure meanwhile is not an unhandled rejection.
        writing?.catch(() => {});
      },
      'astro:build:done': ({ logger }) =>
        timed('pagefind', async () => {
          if (!writing) throw new Error('the search index was not started with the build');
          const { pages, entries } = await writing;
          logger.info(`indexed ${pages} pages and ${entries} entries for search`);
        }),
    },
  };
}

/**
 * A Pagefind index being filled: article pages whole (`data-pagefind-body`), the entries of listing pages
 * one by one (search-records.ts), another edition's words with their keys. Pagefind numbers pages in the
 * order they are added, so they come in one order whatever rendered first (rendered-pages.ts).
 */
class SearchIndex {
  private readonly adding: Promise<void>[] = [];
  private pages = 0;
  private entries = 0;

  private constructor(
    private readonly index: pagefind.PagefindIndex,
    private readonly restoreEnv: () => void,
  ) {}

  static async open(): Promise<SearchIndex> {
    // Read by the Pagefind process when createIndex starts it (an explicit setting wins).
    const chunkSize = process.env[CHUNK_SIZE_VAR];
    process.env[CHUNK_SIZE_VAR] = chunkSize ?? INDEX_CHUNK_SIZE;
    const restoreEnv = () => {
      if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VAR];
      else process.env[CHUNK_SIZE_VAR] = chunkSize;
    };
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: UNINDEXED });
    if (!index) {
      restoreEnv();
      await pagefind.close();
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    return new SearchIndex(index, restoreEnv);
  }

  /** A built page, by its site-relative path (`articles/x/`) and HTML. */
  addPage(key: string, html: string): void {
    // URLs without the base: Pagefind's baseUrl option adds it for every result alike.
    const { page, entries } = pageRecords(`/${key}`, html);
    if (page) {
      this.add(page);
      this.pages++;
    }
    for (const record of entries) {
      this.add(record);
      this.entries++;
    }
  }

  private add(record: { url: string; content: string }): void {
    const added = this.index.addHTMLFile(record).then((res) => {
      if (res.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${res.errors.join('; ')}`);
    });
    // Awaited in write(); a failure meanwhile is not an unhandled rejection.
    added.catch(() => {});
    this.adding.push(added);
  }

  /** Waits for every page, adds the translated source sentences, and writes the index into `site/pagefind/`. */
  async write(site: string): Promise<{ pages: number; entries: number }> {
    try {
      // Source pages are English only: another edition finds their sentences by our translations.
      const editions = LANGS.filter((l) => l !== DEFAULT_LANG && existsSync(join(site, l)));
      for (const lang of editions)
        for (const id of existsSync(join(site, 'sources')) ? readdirSync(join(site, 'sources')).sort() : []) {
          const file = join(site, 'sources', id, 'sentences.json');
          const edition = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8'))[lang] : undefined;
          if (!edition) continue;
          for (const record of translatedSentenceRecords(`/sources/${id}/`, lang, edition)) {
            this.add(record);
            this.entries++;
          }
        }
      await Promise.all(this.adding);
      if (this.pages + this.entries === 0)
        throw new Error('Pagefind found nothing to index (is data-pagefind-body missing?)');
      const output = join(site, 'pagefind');
      const written = await this.index.writeFiles({ outputPath: output });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await writeSmall(output);
      return { pages: this.pages, entries: this.entries };
    } finally {
      this.restoreEnv();
      await pagefind.close();
    }
  }
}

/**
 * Minifies `pagefind.js` (Pagefind keeps every name in full) with the minifier Vite uses, and recompresses
 * at gzip level 9 the files every search loads whatever its words: the metadata and the filters. Index
 * chunks, most of the index, stay as Pagefind wrote them: level 9 barely shrank them and took a good part
 * of the build's wait for the index. File names stay valid: Pagefind names a file after its content.
 */
async function writeSmall(output: string): Promise<void> {
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
