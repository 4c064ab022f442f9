/**
 * Content checks around Astro's own reading of the content. Before Astro reads any content, the whole
 * content check (content/check.ts); in a build, its bodies' part runs on while Astro syncs content and is
 * awaited before pages are built, with the errors our Markdown plugins recorded while content synced.
 */
import { rmSync } from 'node:fs';
import { takeContentErrors, type ContentError } from '../content/content-error.ts';
import { checkContent, startContentCheck } from '../content/check.ts';
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

/**
 * A build's content check: the report now when any check but the bodies' failed (with the bodies' errors
 * too, so one run shows every mistake); otherwise the bodies' errors to come, for `renderedContentReport`.
 */
export async function startBuildContentCheck(
  contentDir: string,
  options: BodyCheckOptions,
): Promise<{ report?: string; bodies: Promise<ContentError[]> }> {
  const { errors, bodies } = startContentCheck(contentDir, options);
  if (errors.length === 0) return { bodies };
  return { report: formatReport([...errors, ...(await bodies)]), bodies };
}

/** The bodies' errors and those recorded while Astro rendered content (it only logs them), or undefined. */
export function renderedContentReport(
  contentStore: string | undefined,
  checked: ContentError[] = [],
): string | undefined {
  const recorded = takeContentErrors();
  const errors = [...checked, ...recorded.filter((e) => !checked.some((c) => c.message === e.message))];
  if (errors.length === 0) return undefined;
  // Astro has stored the failed entries (unrendered) under their files' digests: left there,
  // the next build would skip the unchanged bad file and publish it empty. Start afresh instead.
  if (contentStore) rmSync(contentStore, { force: true });
  return formatReport(errors);
}
