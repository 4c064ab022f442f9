/**
 * Loads the source comparison (`content/comparison/NAME.md`, one row per file).
 *
 * Each row is checked first (frontmatter, a cell for every source, a citation
 * in every cell, no topic twice; see src/content/comparison-rows.ts), then its body is
 * rendered once through the site's own Markdown pipeline, so citations are
 * resolved and validated by our remark plugin exactly as in articles, with
 * the file and line of any bad one. The rendered body is split at its
 * `## source-id` headings into cells. Any problem stops the build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DomUtils, parseDocument } from 'htmlparser2';
import { entryIdOf, markdownFiles, sourceIdOf, sourceTextFiles } from '../files.ts';
import { ContentError } from '../content-error.ts';
import { checkComparisonRow, checkTopicsUnique, readComparisonRow, NOTE_SECTION } from '../comparison-rows.ts';
import { ID_PATTERN } from '../schemas/ids.ts';
import { withTrailingSlash } from '../../urls.ts';
import { resyncOnChange } from './resync-on-change.ts';

/** Splits rendered HTML at its top-level `h2`s: heading text → the HTML that follows it, as written. */
export function splitCells(html: string): Map<string, string> {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const cells = new Map<string, string>();
  let key: string | undefined;
  let from = 0;
  const flush = (to: number) => {
    if (key !== undefined) cells.set(key, html.slice(from, to).trim());
  };
  for (const node of doc.children) {
    // A heading may come wrapped with its anchor link (rehype-heading-links).
    const heading = DomUtils.findOne((el) => el.name === 'h2', [node]);
    if (!heading) continue;
    flush(node.startIndex!);
    key = DomUtils.textContent(heading).trim();
    from = node.endIndex! + 1;
  }
  flush(html.length);
  return cells;
}

export function comparisonLoader(options: {
  base: string;
  /** Where the sources are, when not beside the rows (a translation's rows). */
  sources?: string;
  schema?: Parameters<typeof checkComparisonRow>[2];
}): Loader {
  return {
    name: 'explainer-comparison',
    async load({ store, parseData, renderMarkdown, generateDigest, config, watcher, logger }) {
      const dir = fileURLToPath(new URL(withTrailingSlash(options.base), config.root));
      const sourcesDir = options.sources
        ? fileURLToPath(new URL(withTrailingSlash(options.sources), config.root))
        : join(dir, '../sources');
      const shown = (file: string) => relative(process.cwd(), file);

      const sync = async () => {
        const files = markdownFiles(dir);
        const sourceIds = sourceTextFiles(sourcesDir).map(sourceIdOf);

        const rows = files.map((f) => {
          const id = entryIdOf(f);
          const path = join(dir, f);
          if (!ID_PATTERN.test(id)) {
            throw new ContentError({
              file: shown(path),
              problem: `"${id}" is not a valid row id (the file name is the row's anchor).`,
              fix: 'rename the file to lower-case words joined by hyphens, e.g. "line-of-contact.md".',
            });
          }
          const raw = readFileSync(path, 'utf8');
          const row = readComparisonRow(id, raw, shown(path));
          const { data, errors } = checkComparisonRow(row, sourceIds, options.schema);
          // The content check (content/check.ts) reports every one of these before content syncs.
          if (errors[0] || !data) throw errors[0];
          return { id, path, raw, row, data };
        });
        checkTopicsUnique(rows.map((r) => ({ file: r.row.file, topic: r.data.topic, line: r.row.fieldLine('topic') })));

        store.clear();
        for (const { id, path, raw, row, data } of rows) {
          // The frontmatter is blanked line for line, so errors name the file's own lines.
          const rendered = await renderMarkdown(row.body, { fileURL: pathToFileURL(path) });
          const split = splitCells(rendered.html);
          const cells = sourceIds.map((source) => ({ source, html: split.get(source) ?? '' }));
          const parsed = await parseData({
            id,
            data: { ...data, cells, ...(split.has(NOTE_SECTION) ? { note: split.get(NOTE_SECTION) } : {}) },
            filePath: relative(fileURLToPath(config.root), path),
          });
          store.set({
            id,
            data: parsed,
            body: row.body,
            filePath: relative(fileURLToPath(config.root), path),
            digest: generateDigest(raw),
          });
        }
        if (files.length === 0) logger.info(`no comparison rows in ${shown(dir)}`);
      };

      await sync();
      resyncOnChange({ watcher, logger }, [dir, sourcesDir], sync);
    },
  };
}
