/**
 * Every content error of a run as one report an editor can work through: grouped by file (a blank line
 * between files), sorted by line, each as `file:line` (which terminals and editors open at the line), the
 * problem and the fix; then one summary line. No stack traces: the file and line say where.
 */
import type { ContentError } from './content-error.ts';

type Reported = Pick<ContentError, 'file' | 'line' | 'problem' | 'fix'>;

/** The same error found twice (by the linter and again while rendering) is listed once. */
export function uniqueErrors<T extends Reported>(errors: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const e of errors) seen.set(`${e.file}\0${e.line ?? 0}\0${e.problem}`, e);
  return [...seen.values()];
}

export function summaryLine(errors: readonly Reported[], outcome = 'nothing was published'): string {
  const files = new Set(errors.map((e) => e.file)).size;
  const n = errors.length;
  return `${n} content error${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; ${outcome}.`;
}

export function formatReport(errors: readonly Reported[], outcome?: string): string {
  const unique = uniqueErrors(errors);
  const byFile = new Map<string, Reported[]>();
  for (const e of unique) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const blocks = [...byFile.keys()]
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map((file) => {
      const lines = byFile
        .get(file)!
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((e) => `${e.line ? `${file}:${e.line}` : file}\n  ${e.problem}\n  Fix: ${e.fix}`);
      return lines.join('\n');
    });
  return `${blocks.join('\n\n')}\n\n${summaryLine(unique, outcome)}`;
}
