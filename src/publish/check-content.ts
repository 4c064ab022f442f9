/**
 * Content checks around Astro's own reading of the content: every Markdown file against its schema
 * and the faithfulness rules before Astro reads it, and the errors our Markdown plugins recorded while content synced.
 */
import { rmSync } from 'node:fs';
import { takeContentErrors } from '../content/content-error.ts';
import { lintContent } from '../content/lint.ts';
import { checkFaithfulness } from '../content/faithfulness/check.ts';
import { MARKDOWN_COLLECTIONS } from '../content/schemas/markdown-collections.ts';
import { contentErrorReport } from './build-stop.ts';

/** The linter's report on the content folder, or undefined when all is well. */
export function lintReport(contentDir: string): string | undefined {
  // Then who says it, hedges kept and no outside facts (src/content/faithfulness/).
  const errors = [...lintContent(contentDir, MARKDOWN_COLLECTIONS), ...checkFaithfulness(contentDir)];
  return errors.length === 0 ? undefined : contentErrorReport(errors.map((e) => e.message));
}

/** The errors recorded while Astro rendered content (it only logs them), or undefined. */
export function renderedContentReport(contentStore: URL | undefined): string | undefined {
  const errors = takeContentErrors();
  if (errors.length === 0) return undefined;
  // Astro has stored the failed entries (unrendered) under their files' digests: left there,
  // the next build would skip the unchanged bad file and publish it empty. Start afresh instead.
  if (contentStore) rmSync(contentStore, { force: true });
  return contentErrorReport(errors.map((e) => e.message.replace(/^Failed to parse Markdown file "[^"]*":\n/, '')));
}
