/**
 * npm test: no source line over 120 characters. Prettier wraps code at 120 but never breaks a long
 * string or comment, so this catches what it leaves.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const MAX = 120;
const SOURCE = /^(src|scripts|tests)\/.*\.(ts|mjs|astro|css)$|^[^/]+\.(ts|mjs)$/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCE.test(f) && !f.startsWith('tests/fixtures/'));
const long = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.length > MAX ? [`${file}:${i + 1}: ${line.length} characters`] : [])),
);
if (long.length > 0) {
  console.error(`Lines over ${MAX} characters (break the string or comment):\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} source files: no line over ${MAX} characters`);
