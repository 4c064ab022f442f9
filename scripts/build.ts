/**
 * npm run build — builds the site into a staging folder (pages, checks and
 * search index), and only when all of that succeeds swaps it in for the
 * published folder. A failed build leaves the last good site untouched.
 *
 * EXPLAINER_OUT_DIR names the published folder (default dist/).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const target = resolve(ROOT, process.env.EXPLAINER_OUT_DIR ?? 'dist');
const staging = `${target}.next`;
const previous = `${target}.previous`;

rmSync(staging, { recursive: true, force: true });
const code = await new Promise<number>((done) => {
  const child = spawn(
    process.execPath,
    [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, EXPLAINER_OUT_DIR: staging },
    },
  );
  child.on('close', (c) => done(c ?? 1));
});

// A build that ends without an error yet without a site (it stopped waiting on something) has failed too.
const written = existsSync(staging);
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
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Published to ${target}.`);
