/**
 * Run in the background by `npm run build` (build-steps.ts) once a site is published, to have folders ready for the
 * next build (docs/performance-log.md). A large site has a folder per page; deleting them all and making as many
 * again in the next build is slow on a disk that does not reuse a freed inode for a minute or more.
 *
 *   node scripts/recycle-site.ts SITE SPARE               the site a build replaced: its files are deleted (mostly
 *                                                        links to the build cache's, which frees nothing) and its
 *                                                        folders become SPARE
 *   node scripts/recycle-site.ts --folders-of SITE SPARE  no site was replaced: SPARE is made with SITE's folders
 *
 * SPARE gets a marker file saying it holds folders only, which lists them for the next build. Where SPARE exists
 * already, or anything fails, the replaced site is deleted instead and no SPARE is made.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FOLDERS_ONLY, foldersUnder } from '../src/publish/linked-pages.ts';

/** Deletes every file under `dir`; returns its folders, relative to `site`. */
function deleteFiles(dir: string, site = dir): string[] {
  const folders: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) unlinkSync(path);
    else folders.push(relative(site, path), ...deleteFiles(path, site));
  }
  return folders;
}

/** The mark of a folder of folders only, listing them (src/publish/linked-pages.ts). */
const markFolders = (dir: string, folders: string[]) =>
  writeFileSync(join(dir, FOLDERS_ONLY), folders.map((folder) => `${folder}\n`).join(''));

/** The replaced site's folders, emptied, become the spare. */
function recycle(site: string, spare: string): void {
  try {
    if (existsSync(spare)) throw new Error('a spare site is there already');
    markFolders(site, deleteFiles(site));
    renameSync(site, spare);
  } catch {
    rmSync(site, { recursive: true, force: true });
  }
}

/** A spare with the folders of a site that stays published; made aside, so it is whole once it is there. */
function foldersOf(site: string, spare: string): void {
  if (existsSync(spare)) return;
  const making = `${spare}.making-${process.pid}`;
  try {
    mkdirSync(making);
    const folders = foldersUnder(site);
    for (const folder of folders) mkdirSync(join(making, folder), { recursive: true });
    markFolders(making, folders);
    if (!existsSync(spare)) renameSync(making, spare);
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--folders-of' && args.length === 3) foldersOf(args[1]!, args[2]!);
else if (args.length === 2) recycle(args[0]!, args[1]!);
else throw new Error('usage: node scripts/recycle-site.ts [--folders-of] SITE SPARE');
