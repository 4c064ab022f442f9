/**
 * Content checks around Astro's own reading of the content: the whole content check (content/check.ts)
 * before Astro reads any content, and the errors our Markdown plugins recorded while content synced.
 */
import { rmSync } from 'node:fs';
import { takeContentErrors } from '../content/content-error.ts';
import { checkContent } from '../content/check.ts';
import type { BodyCheckOptions } from '../content/check-bodies.ts';
import { formatReport } from '../content/report.ts';

/** Every content error in one report (grouped by file, sorted by line), or undefined when all is well. */
export async function contentReport(
  contentDir: string,
  options: BodyCheckOptions & { outcome?: string } = {},
): Promise<string | undefined> {
  const errors = await checkContent(contentDir, options);
  return errors.length === 0 ? undefined : formatReport(errors, options.outcome);
}

/** The errors recorded while Astro rendered content (it only logs them), or undefined. */
export function renderedContentReport(contentStore: URL | undefined): string | undefined {
  const errors = takeContentErrors();
  if (errors.length === 0) return undefined;
  // Astro has stored the failed entries (unrendered) under their files' digests: left there,
  // the next build would skip the unchanged bad file and publish it empty. Start afresh instead.
  if (contentStore) rmSync(contentStore, { force: true });
  return formatReport(errors);
}
