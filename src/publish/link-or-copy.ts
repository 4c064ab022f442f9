import { copyFile, link } from 'node:fs/promises';

/**
 * Puts a file kept in the build cache into the site: hard-linked, which is quick and takes no space, or
 * copied where the cache is on another file system. Safe because nothing rewrites a kept file in place:
 * the cache writes a new file and renames it over the old.
 */
export function linkOrCopy(from: string, to: string): Promise<void> {
  return link(from, to).catch(() => copyFile(from, to));
}
