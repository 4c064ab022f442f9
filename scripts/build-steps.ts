/**
 * The steps of `npm run build` (scripts/build.sh) before and after Astro builds the site:
 *
 * - `prepare`: clears the staging folder (the next build's, from the folders of a site replaced earlier where
 *   there are some) and prints two lines: the staging folder Astro builds into, and the Node flags it runs under;
 * - `publish CODE`: once Astro has ended with exit code CODE, swaps the staging folder in for the published one
 *   if the build passed and wrote the whole site, or removes it and says that the last good site is unchanged.
 *
 * The site it replaces is emptied of its files in the background, and the next build writes into its folders
 * (recycle-site.ts). EXPLAINER_OUT_DIR names the published folder (default dist/).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { ASTRO_NODE_FLAGS } from './node-flags.ts';

const ROOT = resolve(import.meta.dirname, '..');
const target = resolve(ROOT, process.env.EXPLAINER_OUT_DIR ?? 'dist');
const staging = `${target}.next`;
/** Where the last site goes once the new one is in: a name of its own per build, emptied in the background. */
const setAside = `${target}.old-${process.pid}-${Date.now()}`;
/** The folders of a site replaced earlier, emptied of files: the next build starts from them (recycle-site.ts). */
const spare = `${target}.spare`;

/**
 * Deletes a folder in a detached process at the lowest priority: a large site is tens of thousands of files
 * and takes seconds to delete, which nobody needs to wait for once the new site is published.
 */
function removeInBackground(dir: string): void {
  inBackground(['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir]);
}

/** Runs Node with these arguments in a detached process at the lowest priority. */
function inBackground(args: string[]): void {
  const child = spawn(process.execPath, args, { detached: true, stdio: 'ignore' });
  try {
    if (child.pid) setPriority(child.pid, 19);
  } catch {
    // Where priorities cannot be set it runs at the normal one.
  }
  child.unref();
}

/**
 * V8 sizes its young generation by the machine's memory, not by the work: most of it is garbage held through the
 * build's peak, and a smaller one lowers the peak at no measurable cost in time (docs/performance-log.md).
 */
const HEAP_FLAGS = ['--max-semi-space-size=16'];

function prepare(): void {
  // A site set aside by an earlier build and not deleted yet (its remover was stopped) goes now.
  const prefix = `${basename(target)}.old-`;
  if (existsSync(dirname(target)))
    for (const name of readdirSync(dirname(target)))
      if (name.startsWith(prefix) && name !== basename(setAside)) removeInBackground(join(dirname(target), name));

  rmSync(staging, { recursive: true, force: true });
  // The folders of an earlier site, where there are some: Astro writes into them (src/publish/linked-pages.ts).
  if (existsSync(spare)) {
    try {
      renameSync(spare, staging);
    } catch {
      // Another build took them: this one makes its own.
    }
  }
  console.log(staging);
  console.log([...ASTRO_NODE_FLAGS, ...HEAP_FLAGS].join(' '));
}

function publish(code: number): void {
  // A build that ends without an error yet without a site (it stopped waiting on something) has failed too. The
  // folder alone does not say so (a rebuild links the unchanged pages into it first): the search index, written
  // once the pages are checked, does.
  const written = existsSync(join(staging, 'pagefind', 'pagefind-entry.json'));
  if (code !== 0 || !written) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nThe build failed${code === 0 ? ' (it ended without writing the site)' : ''}; ${
        existsSync(target) ? `the last good site in ${target} is unchanged` : 'nothing was published'
      }.`,
    );
    process.exit(code || 1);
  }
  // Two renames: the published folder is never half-written.
  const replacing = existsSync(target);
  if (replacing) renameSync(target, setAside);
  renameSync(staging, target);
  // Folders for the next build: the replaced site's, or a copy of the new one's.
  const recycle = resolve(ROOT, 'scripts/recycle-site.ts');
  inBackground(replacing ? [recycle, setAside, spare] : [recycle, '--folders-of', target, spare]);
  console.log(`Published to ${target}.`);
}

const [step, code] = process.argv.slice(2);
if (step === 'prepare') prepare();
else if (step === 'publish' && code !== undefined && /^\d+$/.test(code)) publish(Number(code));
else {
  console.error('usage: node scripts/build-steps.ts prepare | publish EXIT_CODE (as scripts/build.sh runs it)');
  process.exit(2);
}
