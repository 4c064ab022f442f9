/**
 * npm run bench [-- --articles 3000] [-- --languages en,uk] [-- --peer] [-- --json]
 *
 * Generates a deterministic synthetic corpus in our own content format (N
 * articles of ~800 words in 6 sections, citing real source sentences, linking
 * glossary terms and timeline events as the real articles do) into .bench/,
 * and measures, with `npm run build` (the real pipeline, every check on, share
 * cards drawn):
 *
 * - a cold build of the real site (Astro's fixed start-up, what a one-edit
 *   rebuild is compared with);
 * - a cold build of the corpus: wall time and its Astro / checks / Pagefind /
 *   share-card parts, peak RSS of the whole process tree;
 * - output and index size, per kind of page the HTML/CSS/JS bytes (raw, gzip);
 * - the first search in Chromium: bytes and keystroke-to-results latency, typed fast and at a reading pace;
 * - a rebuild after editing one article, with the cold build's cache;
 * - with --languages en,uk, both editions: every synthetic article also in Ukrainian (same citations and
 *   links, checked for parity), and the real Ukrainian content; English only by default;
 * - with --peer, the peer (../shared/peer/starlight/run.sh, or --peer-script)
 *   building as many articles in the same batch, and the ratios.
 *
 * A benchmark, not a test: nothing here passes or fails on a number. The
 * machine's load average is printed: compare ratios from one batch.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, totalmem } from 'node:os';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic-corpus.ts';
import { serveSite } from '../tests/helpers/serve.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { pageWeight as weigh } from '../tests/helpers/page-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const N = Number(flag('articles', '1000'));
const LANGUAGES = flag('languages', 'en').split(',');
const WORK = resolve(ROOT, flag('dir', '.bench'));
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');

function generateCorpus(): void {
  rmSync(WORK, { recursive: true, force: true });
  writeSyntheticCorpus(CONTENT, N, LANGUAGES);
}

/** Vite's dependency cache (node_modules/.vite/deps*), not what the test runner keeps beside it. */
function removeViteDepsCache(): void {
  const dir = join(ROOT, 'node_modules', '.vite');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name.startsWith('deps')) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Peak resident memory of a process and all its descendants, sampled from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface BuildRun {
  wallMs: number;
  peakRss: number;
  steps: Record<string, number>;
  ok: boolean;
  output: string;
}

/** One `npm run build` (scripts/build.sh: staging folder, then swap) of a content folder, timed and sampled. */
async function build(content: string, out: string, cache: string): Promise<BuildRun> {
  const timings = join(WORK, 'timings.jsonl');
  rmSync(timings, { force: true });
  const start = performance.now();
  const child = spawn('sh', [join(ROOT, 'scripts/build.sh')], {
    cwd: ROOT,
    env: {
      ...process.env,
      // The script's `node` is this one.
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
      EXPLAINER_CONTENT_DIR: content,
      EXPLAINER_OUT_DIR: out,
      EXPLAINER_CACHE_DIR: cache,
      EXPLAINER_TIMINGS: timings,
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(sampler);
  const wallMs = performance.now() - start;
  const steps: Record<string, number> = {};
  if (existsSync(timings))
    for (const line of readFileSync(timings, 'utf8').trim().split('\n')) {
      if (!line) continue;
      const { step, ms } = JSON.parse(line);
      steps[step] = ms;
    }
  if (code !== 0) {
    console.error(output.slice(-4000));
    throw new Error(`the benchmark build of ${content} failed`);
  }
  return { wallMs, peakRss, steps, ok: code === 0, output };
}

/** The figures of one build run, in seconds and MiB. */
function buildFigures(b: BuildRun) {
  const astroMs = b.wallMs - (b.steps.pagefind ?? 0) - (b.steps.checks ?? 0) - (b.steps['share-cards'] ?? 0);
  return {
    wallSeconds: +(b.wallMs / 1000).toFixed(2),
    astroSeconds: +(astroMs / 1000).toFixed(2),
    checksSeconds: +((b.steps.checks ?? 0) / 1000).toFixed(2),
    // Pagefind reads pages as Astro renders them and writes its index during the checks: this is the wait after.
    pagefindSeconds: +((b.steps.pagefind ?? 0) / 1000).toFixed(2),
    // Share cards draw in worker threads during the whole build; this is only the wait for the last of them.
    shareCardWaitSeconds: +((b.steps['share-cards'] ?? 0) / 1000).toFixed(2),
    peakRssMiB: Math.round(b.peakRss / 2 ** 20),
  };
}

/**
 * Adds a paragraph to one section of one article, as an editor would: citing a sentence the sources have, as every
 * paragraph of an article must, and no title or link changes.
 */
function editOneArticle(n = Math.ceil(N / 2)): string {
  const name = `synthetic-${String(n).padStart(5, '0')}.md`;
  const addBefore = (file: string, heading: string, words: string) => {
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(heading);
    writeFileSync(file, `${text.slice(0, at)}\n\n${words}\n${text.slice(at)}`);
  };
  const file = join(CONTENT, 'articles', name);
  addBefore(file, '\n## Section 3', 'An editor added this sentence [@kyiv-delegation#s1].');
  // The translation gains the same paragraph, as an editor keeps the editions in parity.
  if (LANGUAGES.includes('uk'))
    addBefore(join(CONTENT, 'uk/articles', name), '\n## Розділ 3', 'Редактор додав це речення [@kyiv-delegation#s1].');
  return file;
}

/** Polls `ready` until it holds or `ms` have passed; whether it held. */
async function waitFor(ready: () => boolean, ms: number): Promise<boolean> {
  for (const start = Date.now(); !ready(); await new Promise((done) => setTimeout(done, 200)))
    if (Date.now() - start > ms) return false;
  return true;
}

/** Starlight building the same number of articles, cold, with the shared peer script; null when it is not there. */
function runPeer(): Promise<{ wallSeconds: number; peakTreeRssMiB: number; peakRssMiB: number } | null> {
  const script = resolve(ROOT, flag('peer-script', '../shared/peer/starlight/run.sh'));
  if (!existsSync(script)) {
    console.error(`no peer script at ${script}`);
    return Promise.resolve(null);
  }
  const child = spawn('bash', [script, String(N)], {
    cwd: ROOT,
    // Its own working folder, so helpers running the peer at once do not share one.
    env: { ...process.env, PEER_WORK: process.env.PEER_WORK ?? `${WORK}-peer` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  return new Promise((done) =>
    child.on('close', (code) => {
      try {
        done(code === 0 ? JSON.parse(out.trim().split('\n').at(-1)!) : null);
      } catch {
        done(null);
      }
    }),
  );
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    total += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

async function firstSearch(query: string, keyDelay: number) {
  const server = await serveSite(OUT);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const loaded: Buffer[] = [];
    const urls: string[] = [];
    await page.goto(`${server.url}articles/synthetic-00001/`);
    await page.waitForLoadState('networkidle');
    let lastResponse = performance.now();
    page.on('response', async (r) => {
      if (!/\/pagefind\/|\/_astro\/search/.test(r.url())) return;
      lastResponse = performance.now();
      try {
        loaded.push(await r.body());
        urls.push(r.url());
      } catch {
        // A response without a body (redirect) carries no bytes.
      }
    });
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open] input:focus');
    await page.evaluate((query) => {
      const w = window as unknown as { __t0: number; __t1: number };
      // From the last keystroke to the first results for the whole query. An earlier keystroke's search (for
      // "sanction") can still finish after the last key is down, and its results do not count: the status line
      // names the query its results are for, and is written with them.
      addEventListener(
        'keydown',
        () => {
          w.__t0 = performance.now();
          w.__t1 = 0;
        },
        { capture: true },
      );
      const list = document.querySelector('dialog .results')!;
      const status = document.querySelector('dialog .search-status')!;
      new MutationObserver(() => {
        if (list.children.length > 0 && status.textContent?.includes(query) && w.__t0 && !w.__t1)
          w.__t1 = performance.now();
      }).observe(list, { childList: true });
    }, query);
    await page.keyboard.type(query, { delay: keyDelay });
    await page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, null, { timeout: 30_000 });
    const latency = await page.evaluate(() => {
      const w = window as unknown as { __t0: number; __t1: number };
      return w.__t1 - w.__t0;
    });
    // Results keep loading a moment after the first appear (the rest of the first screen):
    // wait for a second with no search request. (The page's network went idle long before.)
    for (
      const start = performance.now();
      performance.now() - lastResponse < 1000 && performance.now() - start < 10_000;
    )
      await page.waitForTimeout(100);
    const total = loaded.reduce(
      (acc, b) => ({ raw: acc.raw + b.length, gzip: acc.gzip + gzipSync(b, { level: 9 }).length }),
      { raw: 0, gzip: 0 },
    );
    return {
      query,
      keyDelayMs: keyDelay,
      requests: urls.length,
      bytes: total,
      keystrokeToResultsMs: Math.round(latency),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Every kind of page, by one example of each; kinds this build does not have are left out. */
const PAGE_KINDS: Record<string, string> = {
  article: 'articles/synthetic-00001',
  'uk article': 'uk/articles/synthetic-00001',
  home: '',
  'uk home': 'uk',
  archive: 'articles',
  'archive p.2': 'articles/2',
  timeline: 'timeline',
  glossary: 'glossary',
  people: 'people',
  compare: 'compare',
  talks: 'talks',
  sources: 'sources',
  source: 'sources/bloomberg-us-role',
  search: 'search',
};

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  const loadBefore = load();
  const t0 = performance.now();
  generateCorpus();
  const generateMs = performance.now() - t0;

  // Astro's fixed start-up: a cold build of the real site (a handful of articles), its own copy and cache.
  const real = join(WORK, 'real');
  const ukDir = join(ROOT, 'content', 'uk');
  cpSync(join(ROOT, 'content'), join(real, 'content'), {
    recursive: true,
    // English only: without the Ukrainian edition, and without the published site's anchor manifest (which
    // lists the /uk/ pages as published).
    filter: (src) =>
      LANGUAGES.includes('uk') ||
      (src !== ukDir && !src.startsWith(`${ukDir}/`) && !src.endsWith('published-anchors.json')),
  });
  const startup = buildFigures(await build(join(real, 'content'), join(real, 'dist'), join(real, 'cache')));

  // Cold as the peer's script makes its own: without Vite's dependency cache either, which Astro's content sync
  // fills (it removes node_modules/.vite). The start-up above keeps it: a build pays for it only once.
  removeViteDepsCache();
  const cold = buildFigures(await build(CONTENT, OUT, join(WORK, 'cache')));
  const pages = Object.fromEntries(
    Object.entries(PAGE_KINDS)
      .filter(([, path]) => existsSync(join(OUT, path, 'index.html')))
      .map(([kind, path]) => [kind, { path: `/${path}${path ? '/' : ''}`, ...weigh(OUT, path) }]),
  );
  const output = {
    totalMiB: +(dirSize(OUT) / 2 ** 20).toFixed(1),
    pagefindMiB: +(dirSize(join(OUT, 'pagefind')) / 2 ** 20).toFixed(1),
  };
  // As a fast typist types (a key every 30 ms), and at a reading pace (every 150 ms): the search box runs
  // searches while the reader types, and what they load differs (src/scripts/search/when-to-search.ts).
  const search = await firstSearch('sanctions', 30);
  const searchAtReadingPace = await firstSearch('sanctions', 150);

  // Warm: one article edited, `npm run build` again with the cache the cold build left.
  const edited = editOneArticle();
  const warm = buildFigures(await build(CONTENT, OUT, join(WORK, 'cache')));
  // Again, as an editor's next build finds things: the site the last build replaced emptied of its files in the
  // background (scripts/recycle-site.ts), whose folders this build writes into. Waited for, not timed.
  const spareReady = await waitFor(() => existsSync(`${OUT}.spare`), 120_000);
  const editedAgain = editOneArticle(Math.ceil(N / 3));
  const warmAgain = buildFigures(await build(CONTENT, OUT, join(WORK, 'cache')));

  const peer = args.includes('--peer') ? await runPeer() : undefined;
  const ratio = (a: number, b: number | undefined) => (b ? +(a / b).toFixed(2) : null);
  const figures = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${args.join(' ')}`.trim(),
    machine: `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    loadAverage: { before: loadBefore, after: load() },
    articles: N,
    languages: LANGUAGES,
    generateSeconds: +(generateMs / 1000).toFixed(2),
    build: cold,
    warmAfterOneEdit: { ...warm, edited: edited.slice(WORK.length + 1) },
    warmAfterAnotherEdit: { ...warmAgain, edited: editedAgain.slice(WORK.length + 1), spareReady },
    startupRealSite: startup,
    warmToStartup: ratio(warm.wallSeconds, startup.wallSeconds),
    warmAgainToStartup: ratio(warmAgain.wallSeconds, startup.wallSeconds),
    output,
    pages,
    firstSearch: search,
    firstSearchAtReadingPace: searchAtReadingPace,
    ...(peer === undefined
      ? {}
      : {
          peer,
          ratios: peer && {
            wall: ratio(cold.wallSeconds, peer.wallSeconds),
            peakTreeRss: ratio(cold.peakRssMiB, peer.peakTreeRssMiB),
          },
        }),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  const line = (b: typeof cold) =>
    `${b.wallSeconds} s, peak RSS (tree) ${b.peakRssMiB} MiB  (astro ${b.astroSeconds} s, ` +
    `checks ${b.checksSeconds} s, then waited for Pagefind ${b.pagefindSeconds} s ` +
    `and share cards ${b.shareCardWaitSeconds} s)`;
  console.log(`\nBenchmark: ${N} synthetic articles (${LANGUAGES.join(', ')}) · ${figures.machine} · ${figures.date}`);
  console.log(`load average (1, 5, 15 min) before ${figures.loadAverage.before}, after ${figures.loadAverage.after}\n`);
  console.log(`cold build + index       ${line(cold)}`);
  console.log(`after editing one article ${line(warm)}`);
  console.log(`real site, cold (start-up) ${line(startup)}`);
  console.log(`after editing another   ${line(warmAgain)}${spareReady ? '' : ' (no spare folders yet)'}`);
  console.log(
    `one-edit rebuild / start-up: ${figures.warmToStartup}× the first, ${figures.warmAgainToStartup}× the next`,
  );
  console.log(`output                   ${output.totalMiB} MiB, of which Pagefind index ${output.pagefindMiB} MiB`);
  console.log(`\npage weight before any interaction, KB raw / gzip`);
  console.log(`page          HTML            CSS            JS             total`);
  for (const [name, w] of Object.entries(pages)) {
    const cell = (x: { raw: number; gzip: number }) => `${kb(x.raw).padStart(6)} / ${kb(x.gzip).padStart(5)}`;
    console.log(`${name.padEnd(12)}${cell(w.html)}  ${cell(w.css)}  ${cell(w.js)}  ${cell(w.total)}`);
  }
  console.log(`\nfirst search "${search.query}" (Pagefind + search UI; a fresh browser each)`);
  for (const s of [search, searchAtReadingPace])
    console.log(
      `  typed a key every ${String(s.keyDelayMs).padStart(3)} ms: ${s.requests} requests, ` +
        `${kb(s.bytes.raw)} KB raw / ${kb(s.bytes.gzip)} KB gzip, keystroke to results ${s.keystrokeToResultsMs} ms`,
    );
  if (peer) {
    console.log(
      `\npeer (${(peer as { peer?: string }).peer ?? 'Starlight'}), same batch: ${peer.wallSeconds} s, ` +
        `peak RSS (tree) ${peer.peakTreeRssMiB} MiB`,
    );
    console.log(
      `ours / peer: wall ${figures.ratios!.wall}×, peak tree RSS ${figures.ratios!.peakTreeRss}× (goal ≤ 0.75× each)`,
    );
  } else if (peer === null) console.log('\nthe peer did not run (see above)');
  console.log(`\n(--json prints the same figures as JSON)`);
}

await main();
