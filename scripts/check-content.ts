/**
 * npm run check:content — the whole content check without building a page: schemas, sources, comparison rows,
 * citations, entry links, headings. Prints every error, grouped by file and sorted by line, then one summary
 * line; exits 1 when there is any. Fast enough for a pre-commit hook (see README, "For editors").
 */
import { checkContent } from '../src/content/check.ts';
import { contentDir } from '../src/content/files.ts';
import { formatReport } from '../src/content/report.ts';

const started = performance.now();
const errors = await checkContent(contentDir);
if (errors.length > 0) {
  console.error(formatReport(errors, 'fix them before building'));
  process.exitCode = 1;
} else {
  console.log(`Content checked in ${((performance.now() - started) / 1000).toFixed(1)} s: no errors.`);
}
