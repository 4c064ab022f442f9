/**
 * Run in the background by `npm run build` (build.ts) on the site it has just replaced: deletes every file
 * and keeps the folders, which the next build takes as its own (README, Performance). A large site has a
 * folder per page; deleting them all and making as many again in the next build is slow on a disk that does
 * not reuse a freed inode for a minute or more. Its files are mostly links to the build cache's, whose
 * deletion frees nothing.
 *
 *   node scripts/recycle-site.ts SITE SPARE
 *
 * SITE becomes SPARE (with a marker file saying it holds folders only) once no file is left in it; where
 * SPARE exists already, or anything fails, SITE is deleted instead.
 */
import { existsSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOLDERS_ONLY } from '../src/publish/linked-pages.ts';

const [site, spare] = process.argv.slice(2);
if (!site || !spare) throw new Error('usage: node scripts/recycle-site.ts SITE SPARE');

function deleteFiles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) deleteFiles(path);
    else unlinkSync(path);
  }
}

try {
  if (existsSync(spare)) throw new Error('a spare site is there already');
  deleteFiles(site);
  writeFileSync(join(site, FOLDERS_ONLY), '');
  renameSync(site, spare);
} catch {
  rmSync(site, { recursive: true, force: true });
}
