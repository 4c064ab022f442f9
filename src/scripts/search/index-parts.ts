/**
 * The search index's other parts (src/publish/search-parts.ts): the build lists their folders, under
 * `pagefind/`, in this file beside Pagefind's script, and the reader's browser merges them.
 */
export const PARTS_FILE = 'parts.json';

/** The folders a parts file lists; none for a file that is not such a list (one part, or an older index). */
export function partFolders(listed: unknown): string[] {
  return Array.isArray(listed) && listed.every((f) => typeof f === 'string' && /^[\w-]+\/$/.test(f)) ? listed : [];
}
