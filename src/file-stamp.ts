/**
 * A file's identity on disk, to tell an unchanged page without reading it: a rebuild's unchanged pages are
 * the very files of Astro's cache, linked into the site (linked-pages.ts), and every step that writes a page
 * writes a new file. Like git's index, it trusts that a file keeping its inode, size and modification time
 * (to the nanosecond) kept its bytes.
 */
import { statSync } from 'node:fs';

export function fileStamp(file: string): string {
  const { dev, ino, size, mtimeNs } = statSync(file, { bigint: true });
  return `${dev}:${ino}:${size}:${mtimeNs}`;
}
