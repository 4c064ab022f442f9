/**
 * A digest of some code as it runs: a module, every project module it imports (transitively), and the installed
 * versions of the packages they use and of those packages' own dependencies. What a build keeps between runs is
 * stale when the digest of the code that made it changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's lockfile: a digest covers the versions it records of the packages the code uses. */
export const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/**
 * `import … from 'x'`, `export … from 'x'`, `import 'x'` at the start of a line; not `import type` or `export type`,
 * which running the code erases (a type from Astro would otherwise tie a digest to every package Astro depends on).
 */
const IMPORT =
  /(?:^|\n)(?!(?:import|export)\s+type\s)(?:(?:import|export)\b[^'";]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/g;

/** A module and every project module it imports, transitively (relative imports), with the packages they name. */
export function moduleGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
      else if (!spec!.startsWith('node:'))
        packages.add(
          spec!
            .split('/')
            .slice(0, spec!.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** `name@version` of each package and of everything it depends on, as the lockfile records them. */
export function lockedVersions(lockfile: string, names: string[]): string[] {
  if (!existsSync(lockfile)) return [];
  const installed = (JSON.parse(readFileSync(lockfile, 'utf8')).packages ?? {}) as Record<
    string,
    { version?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
  >;
  const seen = new Map<string, string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const entry = installed[`node_modules/${name}`];
    // Type-only packages and Node's own modules are not installed: nothing to hash.
    if (!entry?.version) return;
    seen.set(name, entry.version);
    for (const dep of Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies })) visit(dep);
  };
  names.forEach(visit);
  return [...seen].map(([name, version]) => `${name}@${version}`).sort();
}

/** The digest of `entry` (a source file's path) and all it runs on; it must exist, or there is nothing to tell. */
export function codeDigest(entry: string, lockfile = LOCKFILE): string {
  if (!existsSync(entry)) throw new Error(`codeDigest: ${entry} is not a source file`);
  const graph = moduleGraph(entry);
  const hash = createHash('sha256');
  for (const file of graph.files) hash.update(`${relative(dirname(lockfile), file)}\n`).update(readFileSync(file));
  return hash.update(lockedVersions(lockfile, graph.packages).join('\n')).digest('base64url');
}
