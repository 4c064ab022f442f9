/**
 * Keys for incremental builds (`experimental.incrementalBuild`): Astro reuses
 * a page from the last build when its key is unchanged and its template code
 * is too (Astro hashes the code itself). So a key covers everything the page
 * shows that comes from content: its own entry as rendered, and what it shows
 * of other entries (titles in an article's rail, "cited in" on a source page).
 */
import { createHash } from 'node:crypto';

/** A short digest of the given values (JSON); equal values, equal keys. */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('base64url').slice(0, 32);
}
