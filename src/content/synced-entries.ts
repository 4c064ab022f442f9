/**
 * Which content files this process's last content sync stored anew (new, or changed since the sync before) and
 * which it kept as they were, by path: before Astro renders, a rebuild's search index tells from it which of its
 * parts will change (src/publish/pagefind.ts). Kept on the global object: the loader runs in Vite's copy of the
 * modules, the integrations in Node's.
 */
const SYNCED = Symbol.for('explainer.syncedEntries');

function synced(): Map<string, boolean> {
  const g = globalThis as unknown as Record<symbol, Map<string, boolean>>;
  return (g[SYNCED] ??= new Map());
}

export function noteSynced(path: string, anew: boolean): void {
  synced().set(path, anew);
}

/** The files whose entries the last sync stored anew. */
export const filesStoredAnew = (): string[] => [...synced()].flatMap(([path, anew]) => (anew ? [path] : []));
