/**
 * Keys for incremental builds (`experimental.incrementalBuild`): Astro reuses
 * a page from the last build when its key is unchanged and its template code
 * is too (Astro hashes the code itself). So a key covers everything the page
 * shows that comes from content: its own entry as rendered, and what it shows
 * of other entries (titles in an article's rail, "cited in" on a source page);
 * and the site's scripts and styles, which Astro's hash of the page's code
 * does not cover: a page kept from the last build links the files of that build.
 */
import { hash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from '../build/out-dir.ts';

let assets: string | undefined;

/** The names of the built scripts and styles (Astro names each by its content), written before any page. */
function builtAssets(): string {
  const dir = join(OUT_DIR, '_astro');
  assets ??= existsSync(dir) ? readdirSync(dir).sort().join('\n') : '';
  return assets;
}

/**
 * A short digest of the given values (JSON) and the built assets; equal values, equal keys. Hashed in one call:
 * a big site asks for a key per page before any page renders.
 */
export function cacheKey(...parts: unknown[]): string {
  let text = `${builtAssets()}\0`;
  for (const part of parts) text += `${JSON.stringify(part) ?? 'undefined'}\0`;
  return hash('sha256', text, 'base64url').slice(0, 32);
}
