/**
 * Indexes the built site with Pagefind once, after Astro has written every
 * page. Article pages are indexed from their `data-pagefind-body`; timeline
 * events, glossary terms, people and source sentences are indexed one entry
 * at a time (see search-records.ts) so each is a result landing on its anchor.
 * Navigation, footers and back-lists are never indexed. An indexing error
 * fails the build.
 *
 * Pagefind writes one index per `<html lang>`. The English pages are read
 * from disk by Pagefind itself; the pages of another edition (`/uk/…`) are
 * handed over one by one with their Ukrainian words' keys (search-records.ts),
 * so a query in any case form finds them.
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
import { existsSync, readFileSync, readdirSync, writeFileSync, type Dirent } from 'node:fs';
import { gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import { rolldown } from 'rolldown';
import { listHtml, pageKey } from './built-site.ts';
import { UNINDEXED, entryRecords, pageForIndex, translatedSentenceRecords } from './search-records.ts';
import { DEFAULT_LANG, LANGS } from '../i18n/languages.ts';
import { timed } from './build-timings.ts';
import { withTrailingSlash } from '../urls.ts';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

/**
 * Smaller index chunks than Pagefind's default (20,000 word positions): a search downloads the chunks
 * its words fall in, and a common word no longer brings hundreds of neighbours (`npm run bench` measures
 * it). Pagefind reads this from an unstable variable; without it search still works, with bigger chunks.
 */
const INDEX_CHUNK_SIZE = '2000';
const CHUNK_SIZE_VAR = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

export function pagefindIndex(): AstroIntegration {
  let lastIndex = '';
  let base = '/';
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
      'astro:build:done': ({ dir, logger }) =>
        timed('pagefind', async () => {
          const { pages, entries } = await indexSite(fileURLToPath(dir));
          logger.info(`indexed ${pages} pages and ${entries} entries for search`);
        }),
    },
  };
}

/** Writes the search index of a built site into its `pagefind/` folder; throws on any indexing error. */
export async function indexSite(site: string): Promise<{ pages: number; entries: number }> {
  // Read by the Pagefind process when createIndex starts it (an explicit setting wins).
  const chunkSize = process.env[CHUNK_SIZE_VAR];
  process.env[CHUNK_SIZE_VAR] = chunkSize ?? INDEX_CHUNK_SIZE;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: UNINDEXED });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const add = async (record: { url: string; content: string }) => {
      const res = await index.addHTMLFile(record);
      if (res.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${res.errors.join('; ')}`);
    };
    const { pages, editions } = await addEnglishPages(index, site);
    let entries = 0;
    for (const file of listHtml(site)) {
      // URLs without the base: Pagefind's baseUrl option adds it for every result alike.
      const url = `/${pageKey(site, file)}`;
      const edition = editions.find((lang) => url.startsWith(`/${lang}/`));
      const html = readFileSync(file, 'utf8');
      if (edition && html.includes('data-pagefind-body')) {
        await add({ url, content: pageForIndex(html, edition) });
        pages.count++;
      }
      if (!html.includes('data-search-entry')) continue;
      for (const record of entryRecords(html, url)) {
        await add(record);
        entries++;
      }
    }
    // Source pages are English only: another edition finds their sentences by our translations.
    for (const lang of editions)
      for (const id of existsSync(join(site, 'sources')) ? readdirSync(join(site, 'sources')) : []) {
        const file = join(site, 'sources', id, 'sentences.json');
        const edition = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8'))[lang] : undefined;
        if (!edition) continue;
        for (const record of translatedSentenceRecords(`/sources/${id}/`, lang, edition)) {
          await add(record);
          entries++;
        }
      }
    if (pages.count + entries === 0)
      throw new Error('Pagefind found nothing to index (is data-pagefind-body missing?)');
    const output = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await writeSmall(output);
    return { pages: pages.count, entries };
  } finally {
    if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VAR];
    else process.env[CHUNK_SIZE_VAR] = chunkSize;
    await pagefind.close();
  }
}

/**
 * Lets Pagefind read the English pages from disk (fast, in parallel): every HTML file except those in the
 * folders of the other editions (`uk/`), which are indexed with their words' keys instead.
 */
async function addEnglishPages(index: pagefind.PagefindIndex, site: string) {
  const top = readdirSync(site, { withFileTypes: true });
  const editions: string[] = LANGS.filter(
    (l) => l !== DEFAULT_LANG && top.some((e) => e.isDirectory() && e.name === l),
  );
  const folders = top
    .filter((e: Dirent) => e.isDirectory() && !editions.includes(e.name) && !['pagefind', '_astro'].includes(e.name))
    .map((e) => e.name);
  const pages = { count: 0 };
  // Without other editions, one pass over everything, as Pagefind does by default.
  const globs =
    editions.length === 0 ? [undefined] : ['*.html', ...(folders.length ? [`{${folders.join(',')}}/**/*.html`] : [])];
  for (const glob of globs) {
    const added = await index.addDirectory({ path: site, ...(glob ? { glob } : {}) });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    pages.count += added.page_count;
  }
  return { pages, editions };
}

/**
 * Minifies `pagefind.js` (Pagefind keeps every name in full) with the minifier Vite uses, and recompresses
 * at gzip level 9 the files every search loads (metadata, index chunks, filters); an excerpt (fragment) is
 * small and loads only for a result shown. File names stay valid: Pagefind names a file after its content.
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
    ...['index', 'filter'].flatMap((dir) =>
      existsSync(join(output, dir)) ? readdirSync(join(output, dir)).map((f) => join(dir, f)) : [],
    ),
  ];
  for (const name of files) {
    const file = join(output, name);
    const stored = readFileSync(file);
    const smaller = gzipSync(gunzipSync(stored), { level: zlib.Z_BEST_COMPRESSION, memLevel: 9 });
    if (smaller.length < stored.length) writeFileSync(file, smaller);
  }
}
