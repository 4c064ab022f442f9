/** The installed version of a package, for the cache keys of what it makes (search index, share cards, page facts). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** A package's own package.json, looked for as Node looks for the package (its `exports` may hide the file). */
function packageFileOf(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    const file = join(folder, name, 'package.json');
    if (existsSync(file)) return file;
  }
  throw new Error(`package ${name} was not found`);
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(packageFileOf(name), 'utf8')) as { version: string }).version;
}
