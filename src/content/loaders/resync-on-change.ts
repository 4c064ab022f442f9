/**
 * For a loader that reads its folders whole (sources, comparison rows): on the dev server, it syncs again whenever a
 * file in one of them is saved, added or removed. The dev server watches the project; a content folder elsewhere is
 * watched once added, as Astro's glob loader adds its own.
 */
import type { LoaderContext } from 'astro/loaders';

export function resyncOnChange(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  folders: string[],
  sync: () => Promise<void>,
): void {
  if (!watcher) return;
  watcher.add(folders);
  // Its mistakes are the content check's to show (on every page of the dev server); the log notes them.
  const resync = (changed: string) =>
    folders.some((folder) => changed.startsWith(folder))
      ? sync().catch((e) => logger.error(String((e as Error).message ?? e)))
      : undefined;
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, resync);
}
