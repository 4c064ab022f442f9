/**
 * node scripts/search-shards.ts SITE [--shards 8] [--queries sanctions,ceasefire]
 *
 * Weighs a search index split into parts against the one index a build writes, on a built site (for
 * example `.bench/dist` after `npm run bench -- --articles 10000`). A rebuild would re-index only the part
 * holding an edited article; a reader's search has to load and merge every part (Pagefind's mergeIndex).
 * It indexes the site's pages as the build does (search-records.ts, without the translated source sentences
 * another edition adds), once whole and once as N parts of articles (by a digest of the address, so an
 * article keeps its part) plus one part for everything else, and prints the time Pagefind takes for each;
 * then, in Chromium, each query's first search against both: load, filter counts, search and excerpts in
 * ms, requests, gzip bytes and the top results.
 * A measurement for choosing the index's layout, not a test: compare figures from one quiet machine.
 */
import { createServer } from 'node:http';
import { hash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { listHtml, pageKey } from '../src/publish/built-site.ts';
import { UNINDEXED, pageRecords, type SearchRecord } from '../src/publish/search-records.ts';
import { CHUNK_SIZE_VAR, INDEX_CHUNK_SIZE } from '../src/publish/pagefind.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const site = resolve(args[0] ?? '.bench/dist');
const parts = Number(flag('shards', '8'));
const queries = flag('queries', 'sanctions,ceasefire,zelensky,guarantees').split(',');
// As the build sets it.
process.env[CHUNK_SIZE_VAR] ??= INDEX_CHUNK_SIZE;

const partOf = (key: string) =>
  /^articles\/(?!\d+\/$)[^/]+\/$/.test(key) ? 1 + (parseInt(hash('sha1', key, 'hex').slice(0, 8), 16) % parts) : 0;

const whole: SearchRecord[] = [];
const split: SearchRecord[][] = Array.from({ length: parts + 1 }, () => []);
for (const file of listHtml(site)) {
  const html = readFileSync(file, 'utf8');
  const url = `/${pageKey(site, file)}`;
  const { page, entries } = pageRecords(url, html);
  const records = [...(page ? [page] : []), ...entries];
  whole.push(...records);
  split[partOf(url.slice(1))]!.push(...records);
}

const out = mkdtempSync(join(tmpdir(), 'search-shards-'));
async function writeIndex(records: SearchRecord[], folder: string, label: string): Promise<void> {
  const start = performance.now();
  const { index } = await pagefind.createIndex({ excludeSelectors: UNINDEXED });
  await Promise.all(records.map((r) => index!.addHTMLFile(r)));
  const added = performance.now();
  await index!.writeFiles({ outputPath: join(out, folder) });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const written = performance.now();
  const took = `adds them in ${seconds(added - start)}, writes in ${seconds(written - added)}`;
  console.log(`${label}: ${records.length} records; Pagefind ${took}`);
  await index!.deleteIndex();
}
await writeIndex(whole, 'whole/pagefind', 'one index');
for (let p = 0; p <= parts; p++) await writeIndex(split[p]!, `split/pagefind${p ? `-${p}` : ''}`, `part ${p}`);
await pagefind.close();

async function firstSearches(layout: 'whole' | 'split'): Promise<void> {
  const pages = sirv(site, { dev: false, etag: false, extensions: ['html'] });
  const index = sirv(join(out, layout), { dev: false, etag: false });
  const server = createServer((req, res) =>
    (req.url!.startsWith('/pagefind') ? index : pages)(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchBrowser();
  try {
    for (const query of queries) {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      const bodies: Buffer[] = [];
      page.on('response', (r) => {
        if (r.url().includes('/pagefind'))
          void r.body().then(
            (b) => bodies.push(b),
            () => undefined,
          );
      });
      const merged = layout === 'split' ? parts : 0;
      const found = await page.evaluate(
        async ({ query, merged }) => {
          const ms: { [step: string]: number } = {};
          let last = performance.now();
          const lap = (step: string) => {
            ms[step] = Math.round(performance.now() - last);
            last = performance.now();
          };
          // The site's options (src/scripts/search/engine.ts).
          const ranking = { termFrequency: 0.5, pageLength: 0.2 };
          const module = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
          const pf = module.createInstance({ noWorker: true });
          await pf.options({ excerptLength: 22, baseUrl: '/', ranking });
          await pf.init();
          await Promise.all(
            Array.from({ length: merged }, (_, i) => pf.mergeIndex(`/pagefind-${i + 1}/`, { ranking })),
          );
          lap('load');
          await pf.filters();
          lap('filters');
          const search = await pf.search(query, { filters: {} });
          lap('search');
          const top = await Promise.all(
            search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
          );
          lap('excerpts');
          return { ms, results: search.results.length, top: top.map((d) => d.url) };
        },
        { query, merged },
      );
      await page.waitForTimeout(500);
      const gzip = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      const steps = Object.entries(found.ms)
        .map(([step, ms]) => `${step} ${ms}`)
        .join(', ');
      console.log(
        `${layout} "${query}": ${steps} ms; ${found.results} results; ${bodies.length} requests, ` +
          `${(gzip / 1024).toFixed(1)} KB gzip; top: ${found.top.join(' ')}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
await firstSearches('whole');
await firstSearches('split');
rmSync(out, { recursive: true, force: true });
