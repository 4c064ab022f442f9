/**
 * npm run bench [-- --articles 3000] [-- --json]
 *
 * Generates a deterministic synthetic corpus in our own content format (N
 * articles of ~800 words in 6 sections, citing real source sentences, linking
 * glossary terms and timeline events as the real articles do), builds it with
 * the real pipeline into .bench/, and prints the figures: build wall time and
 * its Astro / checks / Pagefind parts, peak RSS of the whole process tree,
 * output and index size, per-page HTML/CSS/JS bytes (raw and gzip), and the
 * first search (bytes and keystroke-to-results latency) measured in Chromium.
 * A benchmark, not a test: nothing here passes or fails on a number.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { splitSource } from '../src/content/sentences.ts';
import { serveSite } from '../tests/helpers/serve.ts';
import { pageWeight as weigh } from '../tests/helpers/page-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const N = Number(flag('articles', '1000'));
const WORK = resolve(ROOT, flag('dir', '.bench'));
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');

/** A small seeded PRNG (mulberry32): the same N gives the same corpus every time. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCorpus(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  // All the real content (sources, entries, articles), so citations and links resolve as in
  // the site; not its anchor manifest, which belongs to the published site.
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true, filter: (src) => !src.endsWith('published-anchors.json') });
  const sources = readdirSync(join(CONTENT, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({
      id: f.slice(0, -4),
      count: splitSource(readFileSync(join(CONTENT, 'sources', f), 'utf8')).paragraphs.flatMap((p) => p.sentences)
        .length,
    }));
  const ids = (folder: string) =>
    readdirSync(join(CONTENT, folder))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
  const terms = ids('glossary');
  const events = ids('timeline');
  const people = ids('people');
  const vocabulary = readdirSync(join(ROOT, 'content/articles'))
    .map((f) => readFileSync(join(ROOT, 'content/articles', f), 'utf8').split('---')[2] ?? '')
    .join(' ')
    .replace(/\[[^\]]*\]\([^)]*\)|\[@[^\]]*\]|[#>*"“”]/g, ' ')
    .toLowerCase()
    .match(/[a-z’']{3,}/g)!;
  const topics = [
    'overview',
    'participants',
    'sanctions',
    'territory',
    'security',
    'diplomacy',
    'positions',
    'outlook',
    'sources',
  ];
  const random = rng(N);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  const cite = () => {
    const s = pick(sources);
    const from = 1 + Math.floor(random() * s.count);
    return random() < 0.2 && from < s.count ? `[@${s.id}#s${from}-s${from + 1}]` : `[@${s.id}#s${from}]`;
  };
  for (let a = 1; a <= N; a++) {
    const sections: string[] = [];
    for (let h = 1; h <= 6; h++) {
      const paragraphs: string[] = [];
      for (let p = 0; p < 3; p++) {
        const term = pick(terms);
        const link =
          p === 0
            ? `[${term.replace(/-/g, ' ')}](glossary:${term})`
            : p === 1
              ? `[the event](timeline:${pick(events)})`
              : `[a participant](people:${pick(people)})`;
        const opening = words(14);
        paragraphs.push(
          `${opening[0]!.toUpperCase()}${opening.slice(1)} ${link} ${words(12)} ${cite()}. ${words(14)} ${cite()}.`,
        );
      }
      sections.push(`## Section ${h}: ${words(4)}\n\n${paragraphs.join('\n\n')}`);
    }
    const name = `synthetic-${String(a).padStart(5, '0')}`;
    writeFileSync(
      join(CONTENT, 'articles', `${name}.md`),
      `---\ntitle: Synthetic article ${a} on ${words(3)}\ndek: ${words(12)}\norder: ${100 + a}\n` +
        `updated: 2026-11-22\ntopics: [${pick(topics)}]\n---\n\n${sections.join('\n\n')}\n`,
    );
  }
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

async function build(): Promise<{
  wallMs: number;
  peakRss: number;
  steps: Record<string, number>;
  ok: boolean;
  output: string;
}> {
  const timings = join(WORK, 'timings.jsonl');
  rmSync(timings, { force: true });
  const start = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      EXPLAINER_CONTENT_DIR: CONTENT,
      EXPLAINER_OUT_DIR: OUT,
      EXPLAINER_CACHE_DIR: join(WORK, 'cache'),
      EXPLAINER_TIMINGS: timings,
      ASTRO_TELEMETRY_DISABLED: '1',
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
      const { step, ms } = JSON.parse(line);
      steps[step] = ms;
    }
  return { wallMs, peakRss, steps, ok: code === 0, output };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    total += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

async function firstSearch(query: string) {
  const server = await serveSite(OUT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
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
    await page.evaluate(() => {
      const w = window as unknown as { __t0: number; __t1: number };
      addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
      const list = document.querySelector('dialog .results')!;
      new MutationObserver(() => {
        if (list.children.length > 0 && !w.__t1) w.__t1 = performance.now();
      }).observe(list, { childList: true });
    });
    await page.keyboard.type(query, { delay: 30 });
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
    return { query, requests: urls.length, bytes: total, keystrokeToResultsMs: Math.round(latency) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const t0 = performance.now();
  generateCorpus();
  const generateMs = performance.now() - t0;
  const b = await build();
  if (!b.ok) {
    console.error(b.output.slice(-4000));
    throw new Error('the benchmark build failed');
  }
  const astroMs = b.wallMs - (b.steps.pagefind ?? 0) - (b.steps.checks ?? 0) - (b.steps['share-cards'] ?? 0);
  const figures = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    articles: N,
    generateSeconds: +(generateMs / 1000).toFixed(2),
    build: {
      wallSeconds: +(b.wallMs / 1000).toFixed(2),
      astroSeconds: +(astroMs / 1000).toFixed(2),
      checksSeconds: +((b.steps.checks ?? 0) / 1000).toFixed(2),
      pagefindSeconds: +((b.steps.pagefind ?? 0) / 1000).toFixed(2),
      // Share cards draw in worker threads during the whole build; this is only the wait for the last of them.
      shareCardWaitSeconds: +((b.steps['share-cards'] ?? 0) / 1000).toFixed(2),
      peakRssMiB: Math.round(b.peakRss / 2 ** 20),
    },
    output: {
      totalMiB: +(dirSize(OUT) / 2 ** 20).toFixed(1),
      pagefindMiB: +(dirSize(join(OUT, 'pagefind')) / 2 ** 20).toFixed(1),
    },
    pages: {
      article: weigh(OUT, 'articles/synthetic-00001'),
      home: weigh(OUT, ''),
      timeline: weigh(OUT, 'timeline'),
      glossary: weigh(OUT, 'glossary'),
      source: weigh(OUT, 'sources/bloomberg-us-role'),
    },
    firstSearch: await firstSearch('sanctions'),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`\nBenchmark: ${N} synthetic articles · ${figures.machine} · ${figures.date}\n`);
  console.log(
    `build + index     ${figures.build.wallSeconds} s  (astro ${figures.build.astroSeconds} s, ` +
      `checks ${figures.build.checksSeconds} s, pagefind ${figures.build.pagefindSeconds} s, ` +
      `waiting for share cards ${figures.build.shareCardWaitSeconds} s)`,
  );
  console.log(`peak RSS (tree)   ${figures.build.peakRssMiB} MiB`);
  console.log(
    `output            ${figures.output.totalMiB} MiB, of which Pagefind index ${figures.output.pagefindMiB} MiB`,
  );
  console.log(`\npage weight before any interaction, KB raw / gzip`);
  console.log(`page        HTML            CSS            JS             total`);
  for (const [name, w] of Object.entries(figures.pages)) {
    const cell = (x: { raw: number; gzip: number }) => `${kb(x.raw).padStart(6)} / ${kb(x.gzip).padStart(5)}`;
    console.log(`${name.padEnd(10)}${cell(w.html)}  ${cell(w.css)}  ${cell(w.js)}  ${cell(w.total)}`);
  }
  const s = figures.firstSearch;
  console.log(
    `\nfirst search "${s.query}": ${s.requests} requests, ${kb(s.bytes.raw)} KB raw / ` +
      `${kb(s.bytes.gzip)} KB gzip (Pagefind + search UI), keystroke to results ${s.keystrokeToResultsMs} ms`,
  );
  console.log(`\n(--json prints the same figures as JSON)`);
}

await main();
