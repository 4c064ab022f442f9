import type { PageIds } from './built-site.ts';
import { BuildStop } from './build-stop.ts';

/** An id used twice on one page makes links to it ambiguous. */
export function checkDuplicateIds(pages: Map<string, PageIds>): void {
  const duplicates = [...pages].flatMap(([key, page]) => page.duplicateIds.map((id) => `  /${key}: #${id}`));
  if (duplicates.length === 0) return;
  throw new BuildStop(
    `Ids used twice on one page, so links to them are ambiguous:\n${duplicates.join('\n')}\n` +
      '  Fix: rename one of the headings or entries (two headings with the same words get the same id).',
  );
}
