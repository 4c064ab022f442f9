/**
 * Builds the real site once for every build and browser test, into
 * tests/output/ (never into dist/). A failed build stops the run here, with
 * Astro's output, rather than as dozens of confusing failures.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './helpers/build-site.ts';
import { findChromium } from './helpers/browser.ts';

export default async function setup(project: TestProject) {
  // One line naming the Chromium the browser tests drive, or saying what to install.
  const chromium = await findChromium().then(
    (found) => {
      // Test workers take this one: a Chromium unpacked from its npm package stays where it was unpacked.
      process.env.CHROMIUM_PATH = found.path;
      return `${found.path} (from ${found.from})`;
    },
    (error: Error) => error.message,
  );
  console.log(`browser tests: ${chromium}`);
  // Every temporary folder of the run (fixture copies, builds, Chromium's profile) goes under one folder,
  // removed at the end: test workers and the builds they start inherit TMPDIR, and tmpdir() reads it.
  const runTmp = mkdtempSync(join(tmpdir(), 'explainer-tests-'));
  process.env.TMPDIR = runTmp;
  const removeRunTmp = () => rmSync(runTmp, { recursive: true, force: true });
  // EXPLAINER_TEST_OUT lets two test runs share a machine without clobbering each other.
  const out = process.env.EXPLAINER_TEST_OUT ?? join(ROOT, 'tests/output');
  const siteDir = join(out, 'site');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const site = await buildSite({ outDir: siteDir });
  if (site.code !== 0) {
    removeRunTmp();
    throw new Error(`npm test: the site failed to build\n${site.output}`);
  }
  project.provide('siteDir', siteDir);
  // The same site deployed under a sub-path, as on a shared host, with its search index in parts as a big
  // site's is (src/publish/search-parts.ts).
  const subDir = join(out, 'site-explainer');
  const sub = await buildSite({ outDir: subDir, base: '/explainer/', searchParts: 3 });
  if (sub.code !== 0) {
    removeRunTmp();
    throw new Error(`npm test: the site failed to build under /explainer/\n${sub.output}`);
  }
  project.provide('subSiteDir', subDir);
  return removeRunTmp;
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    subSiteDir: string;
  }
}
