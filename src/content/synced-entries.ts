/**
 * Which content files this process's last content sync stored anew (new, or changed since the sync before), by
 * path: before Astro renders, a rebuild's search index tells from it which of its parts will change
 * (src/publish/pagefind.ts). Kept on the global object: the loader runs in Vite's copy of the modules, the
 * integrations in Node's.
 */
const STORED_ANEW = Symbol.for('explainer.storedAnew');

function storedAnew(): Set<string> {
  const g = globalThis as unknown as Record<symbol, Set<string>>;
  return (g[STORED_ANEW] ??= new Set());
}

/** The loader synced the entry of the file at `path`: stored it anew, or kept it as it was. */
export function noteSynced(path: string, anew: boolean): void {
  if (anew) storedAnew().add(path);
  else storedAnew().delete(path);
}

/** The files whose entries the last sync stored anew. */
export const filesStoredAnew = (): string[] => [...storedAnew()];
