/**
 * node scripts/search-shards.ts SITE [--shards 8] [--queries sanctions,ceasefire]
 *
 * Weighs the search index in N parts, as a big site's build writes it (search-parts.ts), against the same
 * records in one index, on a built site (for example `.bench/dist` after `npm run bench -- --articles
 * 10000`). A rebuild re-indexes only the parts whose records changed; a reader's search has to load and
 * merge every part (Pagefind's mergeIndex), and each part ranks its own results.
 * It indexes the site's pages as the build does (search-records.ts, without the translated source sentences
 * another edition adds), once whole and once in N parts, and prints the time Pagefind takes for each;
 * then, in Chromium, each query's first search against both: load, filter counts, search and excerpts in
 * ms, requests, gzip bytes, and how many of the top ten results the two layouts share.
 * A measurement for choosing the index's layout, not a test: compare figures from one quiet machine.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { listHtml, pageKey } from '../src/publish/built-site.ts';
import { UNINDEXED, pageRecords, type SearchRecord } from '../src/publish/search-records.ts';
import { CHUNK_SIZE_VAR, INDEX_CHUNK_SIZE } from '../src/publish/pagefind.ts';
import { partFolder, partOf } from '../src/publish/search-parts.ts';
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

const whole: SearchRecord[] = [];
const split: SearchRecord[][] = Array.from({ length: parts }, () => []);
for (const file of listHtml(site)) {
  const html = readFileSync(file, 'utf8');
  const url = `/${pageKey(site, file)}`;
  const { page, entries } = pageRecords(url, html);
  const records = [...(page ? [page] : []), ...entries];
  whole.push(...records);
  for (const record of records) split[partOf(record.url, parts)]!.push(record);
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
for (let p = 0; p < parts; p++) await writeIndex(split[p]!, `split/pagefind/${partFolder(p)}`, `part ${p}`);
await pagefind.close();

/** Each query's top ten in one index, to compare the parts' with. */
const wholeTop = new Map<string, string[]>();

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
      const merged = layout === 'split' ? Array.from({ length: parts - 1 }, (_, i) => partFolder(i + 1)) : [];
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
          await Promise.all(merged.map((folder) => pf.mergeIndex(`/pagefind/${folder}`, { ranking })));
          lap('load');
          await pf.filters();
          lap('filters');
          const search = await pf.search(query, { filters: {} });
          lap('search');
          type Result = { data: () => Promise<{ url: string }> };
          // As the site's search shows them: the first two (engine.ts), then the rest of the top ten, untimed.
          const first = await Promise.all(search.results.slice(0, 2).map((r: Result) => r.data()));
          lap('excerpts');
          const rest = await Promise.all(search.results.slice(2, 10).map((r: Result) => r.data()));
          return { ms, results: search.results.length, top: [...first, ...rest].map((d) => d.url) };
        },
        { query, merged },
      );
      await page.waitForTimeout(500);
      const gzip = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      const steps = Object.entries(found.ms)
        .map(([step, ms]) => `${step} ${ms}`)
        .join(', ');
      if (layout === 'whole') wholeTop.set(query, found.top);
      const whole = wholeTop.get(query) ?? [];
      const ranking =
        layout === 'whole'
          ? `top: ${found.top.slice(0, 3).join(' ')}`
          : `top ten shares ${found.top.filter((u) => whole.includes(u)).length} with one index, ` +
            `first ${found.top[0] === whole[0] ? 'the same' : `differs: ${found.top[0]}`}`;
      console.log(
        `${layout} "${query}": ${steps} ms; ${found.results} results; ${bodies.length} requests, ` +
          `${(gzip / 1024).toFixed(1)} KB gzip; ${ranking}`,
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
