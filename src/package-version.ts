/** The installed version of a package, for the cache keys of what it makes (search index, share cards, page facts). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function packageFileOf(name: string): string {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {
    // Its `exports` hide package.json, or offer only `import`: up from its entry point to its own folder.
  }
  const folder = `${sep}node_modules${sep}${name.split('/').join(sep)}`;
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!dir.endsWith(folder)) {
    if (dirname(dir) === dir) throw new Error(`the folder of package ${name} was not found`);
    dir = dirname(dir);
  }
  const file = join(dir, 'package.json');
  if (!existsSync(file)) throw new Error(`package ${name} has no package.json`);
  return file;
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(packageFileOf(name), 'utf8')) as { version: string }).version;
}
