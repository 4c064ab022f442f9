/**
 * Astro's incremental build writes every page it renders twice: into the site, then the same bytes into its
 * cache, the copy it restores the page from next time. While pages generate, that second write is made a hard
 * link to the site's file instead: on a big site the copies were a second file written per page. Astro offers
 * no hook for it, so its file writes into the cache's page folder are taken over for that time; a copy that
 * cannot be linked (the site's file is not the same size, the cache on another file system) is written as
 * Astro asked. Nothing writes into a page's file in place afterwards (linked-pages.ts), so the two stay equal.
 */
import { promises as fs } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** From now until the returned function is called, a page copy Astro writes to `cached` links the one in `site`. */
export function linkCachedCopies(cached: string, site: string): () => void {
  const write = fs.writeFile;
  const prefix = cached.endsWith(sep) ? cached : `${cached}${sep}`;
  const pathOf = (file: unknown) =>
    typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : undefined;
  const linked: typeof fs.writeFile = async (file, data, options) => {
    const copy = pathOf(file);
    if (copy?.startsWith(prefix) && (typeof data === 'string' || data instanceof Uint8Array)) {
      const original = join(site, copy.slice(prefix.length));
      try {
        const { size } = await fs.stat(original);
        if (size === (typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength)) {
          await fs.link(original, copy).catch(async (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EEXIST') throw error;
            await fs.rm(copy, { force: true });
            await fs.link(original, copy);
          });
          return;
        }
      } catch {
        // Written below, as Astro asked.
      }
    }
    return write(file, data, options);
  };
  fs.writeFile = linked;
  return () => {
    if (fs.writeFile === linked) fs.writeFile = write;
  };
}
