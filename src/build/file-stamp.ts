/**
 * A file's identity on disk, to tell an unchanged page without reading it: a rebuild's unchanged pages are
 * the very files of Astro's cache, linked into the site (linked-pages.ts), and every step that writes a page
 * writes a new file. Like git's index, it trusts that a file keeping its inode, size and modification time
 * (to the nanosecond) kept its bytes.
 */
import { statSync, type BigIntStats } from 'node:fs';

export function fileStamp(file: string): string {
  return stampOf(statSync(file, { bigint: true }));
}

/** The stamp of the file at `path`, or undefined if there is no file there (one call, where checking first is two). */
export function stampIfFile(path: string): string | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats?.isFile() ? stampOf(stats) : undefined;
}

const stampOf = ({ dev, ino, size, mtimeNs }: BigIntStats) => `${dev}:${ino}:${size}:${mtimeNs}`;
