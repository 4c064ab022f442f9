/**
 * npm run lighthouse — Lighthouse (mobile preset) with the tests' Chromium (tests/helpers/browser.ts) on the
 * home, article, timeline and search pages of the last build (dist/), printing
 * the four scores. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveSite } from '../tests/helpers/serve.ts';
import { CHROMIUM_FLAGS, findChromium } from '../tests/helpers/browser.ts';

const DIST = resolve(import.meta.dirname, '../dist');
if (!existsSync(resolve(DIST, 'index.html'))) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}

const PAGES = ['', 'articles/what-is-on-the-table/', 'timeline/', 'search/?q=crimea'];
const chromePath = (await findChromium()).path;
const server = await serveSite(DIST);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
try {
  console.log(`Lighthouse ${new Date().toISOString().slice(0, 10)}, mobile preset, served locally\n`);
  console.log('page                              perf  a11y  best  seo');
  for (const path of PAGES) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    const c = result!.lhr.categories;
    const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(5);
    console.log(
      `/${path}`.padEnd(32) +
        [score('performance'), score('accessibility'), score('best-practices'), score('seo')].join(' '),
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}
