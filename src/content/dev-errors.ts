/**
 * The dev server's view of the content check: every page asks, and a page shows the errors instead of a
 * silently empty body. The check runs again only when a content file has changed since the last run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from './check.ts';
import type { ContentError } from './content-error.ts';
import { formatReport } from './report.ts';

/** Every file under the content folder with its size and time: changes when any file is saved, added or removed. */
function signature(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        parts.push(`${p}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.join('\n');
}

let last: { signature: string; errors: Promise<ContentError[]> } | undefined;

export function currentContentErrors(contentDir: string): Promise<ContentError[]> {
  const now = signature(contentDir);
  if (last?.signature !== now) last = { signature: now, errors: checkContent(contentDir) };
  return last.errors;
}

/**
 * An error Astro's dev overlay shows with the file, line and a frame of the source around it (`loc`), the
 * fix as its hint, and the whole report as its message.
 */
export function overlayError(errors: ContentError[]): Error {
  const first = [...errors].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))[0]!;
  const error = new Error(
    `${first.problem}\n\n${formatReport(errors, 'the site shows none of it until they are fixed')}`,
  );
  error.name = 'ContentError';
  Object.assign(error, {
    title: 'Content error',
    hint: `Fix: ${first.fix}`,
    loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 },
  });
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
