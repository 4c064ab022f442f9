import type { PageIds } from './built-site.ts';
import { idsWithoutCopyLink } from './built-site.ts';
import { BuildStop } from './build-stop.ts';

/** Every public id (headings, entries, sentences, paragraphs) has its copy-link, or a reader cannot share it. */
export function checkCopyLinks(pages: Map<string, PageIds>): void {
  const unlinked = [...pages].flatMap(([key, page]) => idsWithoutCopyLink(page).map((id) => `  /${key}: #${id}`));
  if (unlinked.length === 0) return;
  throw new BuildStop(
    `Public ids without a copy-link, so a reader cannot share the place:\n${unlinked.join('\n')}\n` +
      '  Fix: render the heading with EntryHeading (or give the element an AnchorLink).',
  );
}
