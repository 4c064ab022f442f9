/**
 * The Markdown collections' loader. It stores what Astro's glob loader would (an entry per file, its id the
 * file name, its body rendered), but takes each file's text from the record the content check read
 * (content-file.ts) instead of reading the disk again, and keeps an entry whose file is unchanged since the
 * last sync (by its stamp, file-stamp.ts) without reading or parsing it: on a big site, reading and parsing
 * every file again was most of a rebuild's content sync.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readContentFile } from '../content-file.ts';
import { contentDir as siteContent, entryIdOf, markdownFiles } from '../files.ts';
import { englishFileOf } from '../translation-files.ts';
import { fileStamp } from '../../build/file-stamp.ts';
import { inTurns } from '../../build/in-turns.ts';
import { noteSynced } from '../synced-entries.ts';

interface Options {
  /** The collection's folder. */
  base: string;
  /**
   * The content folder (by default the site's): a translation's entry is rendered with its English file's heading
   * ids (markdown/rehype-translated-heading-ids.ts), so an edit to that file stores the entry anew too.
   */
  contentDir?: string;
  /** Whether the store keeps each entry's Markdown (Astro's `retainBody`). */
  retainBody?: boolean;
}

/** Where the loader keeps each entry's file stamp between syncs, in the collection's meta store. */
const STAMPS = 'file-stamps';

// Astro hands every loader the content entry types (its glob loader takes Markdown's from there), but does not
// declare them on the context.
type Context = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

export function markdownLoader({ base, contentDir = siteContent, retainBody = true }: Options): Loader {
  return {
    name: 'explainer-markdown',
    load: async (loaderContext) => {
      const context = loaderContext as Context;
      const { store, meta, logger, watcher } = context;
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      const content = resolve(root, contentDir);
      // A translation's English folder (that of any file in it), where its entries' headings come from.
      const english = englishFileOf(content, join(dir, 'any.md'));
      const englishDir = english && dirname(english);
      const entryType = context.entryTypes.get('.md');
      if (!entryType) throw new Error('Astro has no entry type for .md files');
      const markdown: ContentEntryType = entryType;
      let render: Promise<ContentEntryRenderFunction> | undefined;
      const stamps = new Map(Object.entries(JSON.parse(meta.get(STAMPS) ?? '{}') as Record<string, string>));
      const fileOf = new Map<string, string>();
      /** A file of the folder as Astro records it: relative to the project, with `/`. */
      const fromRoot = (file: string) => relative(root, join(dir, file)).split(sep).join('/');

      /** Stores the entry of `file` (relative to `dir`), unless the store holds it as the file is now. */
      async function sync(file: string): Promise<void> {
        const path = join(dir, file);
        const id = entryIdOf(file);
        const filePath = fromRoot(file);
        const other = fileOf.get(id);
        if (other !== undefined && other !== file) {
          const [first, second] = [fromRoot(other), filePath].sort();
          throw new Error(`${first} and ${second} have the same name, which is the entry's id: rename one`);
        }
        fileOf.set(id, file);
        const englishPath = englishDir && join(englishDir, file);
        const stamp = englishPath === undefined ? fileStamp(path) : `${fileStamp(path)} ${fileStamp(englishPath)}`;
        const stored = store.get(id);
        const kept = stored?.filePath === filePath ? stored : undefined;
        noteSynced(path, false);
        if (kept && stamps.get(id) === stamp) return;
        const contents = readContentFile(path).text ?? (await readFile(path, 'utf8'));
        // A translation's English file in its digest (none there: the content check reports it).
        const digest = context.generateDigest(
          englishPath === undefined ? contents : `${contents}\0${readContentFile(englishPath).text ?? ''}`,
        );
        stamps.set(id, stamp);
        if (kept?.digest === digest) return;
        noteSynced(path, true);
        const fileUrl = pathToFileURL(path);
        const { body, data } = await markdown.getEntryInfo({ contents, fileUrl });
        const parsed = await context.parseData({ id, data, filePath: path });
        let rendered;
        if (markdown.getRenderFunction) {
          try {
            const renderBody = await (render ??= markdown.getRenderFunction(context.config));
            rendered = await renderBody({ id, data, body, filePath: path, digest });
          } catch (error) {
            // As Astro's glob loader: the render's own record of the mistake stops the build (collections.ts).
            logger.error(`Error rendering ${file}: ${(error as Error).message}`);
          }
        }
        // Astro keeps an entry whose digest it has, whatever else differs: one recorded under another path (the
        // project or content folder moved) would be stored anew by every sync, and never be kept.
        if (stored && stored.filePath !== filePath && stored.digest === digest) store.delete(id);
        store.set({
          id,
          data: parsed,
          body: retainBody ? body : undefined,
          filePath,
          digest,
          rendered,
        });
      }

      const saveStamps = () => meta.set(STAMPS, JSON.stringify(Object.fromEntries(stamps)));

      // A few at a time, as Astro's loader: a body's render may wait for the content check's workers.
      await inTurns(markdownFiles(dir), sync, 10);
      for (const id of store.keys())
        if (!fileOf.has(id)) {
          store.delete(id);
          stamps.delete(id);
        }
      saveStamps();
      if (!watcher) return;

      // The dev server: a saved, added or deleted file of this folder changes its entry.
      watcher.add(dir);
      const fileIn = (path: string): string | undefined => {
        const file = relative(dir, path).split(sep).join('/');
        const name = file.split('/').pop()!;
        return file.startsWith('../') || !name.endsWith('.md') || /(^|\/)[._]/.test(file) ? undefined : file;
      };
      const onChange = async (path: string) => {
        const file = fileIn(path);
        if (file === undefined) return;
        try {
          await sync(file);
          saveStamps();
          logger.info(`Reloaded data from ${file}`);
        } catch (error) {
          logger.error(`Failed to reload ${file}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      if (englishDir) {
        // An edit to an English file renders its translation anew, if there is one.
        watcher.add(englishDir);
        const onEnglishChange = (path: string) => {
          const file = relative(englishDir, path).split(sep).join('/');
          if (fileOf.get(entryIdOf(file)) === file) void onChange(join(dir, file));
        };
        watcher.on('change', onEnglishChange);
        watcher.on('add', onEnglishChange);
      }
      watcher.on('unlink', (path: string) => {
        const file = fileIn(path);
        if (file === undefined) return;
        const id = entryIdOf(file);
        if (fileOf.get(id) !== file) return;
        fileOf.delete(id);
        stamps.delete(id);
        store.delete(id);
        saveStamps();
      });
    },
  };
}
