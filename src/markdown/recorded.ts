/**
 * What a plugin records of a file for the pages, under the frontmatter render() returns (Astro keeps it with
 * the entry as `rendered.metadata.frontmatter`).
 */
import type { VFile } from 'vfile';

export function recordInFrontmatter(file: VFile, key: string, value: unknown): void {
  const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
  // A copy: the frontmatter object belongs to Astro's entry.
  astro.frontmatter = { ...(astro.frontmatter ?? {}), [key]: value };
}
