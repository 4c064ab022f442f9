/**
 * What a rendered entry depends on besides its own file, as one digest (the
 * processor's options carry it, so Astro renders everything afresh when it
 * changes): the code of the processor and of every module it imports, the
 * installed versions of the packages that code runs on, and which sources,
 * sentences and entries exist, and the names of terms and people. An edit elsewhere (a page, a check, an
 * unrelated package) leaves the digest, and so the rendered entries, alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getContentIndex } from '../content/content-index.ts';

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` at the start of a line. */
const IMPORT = /(?:^|\n)(?:(?:import|export)\b[^'";]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/g;

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

export function renderInputsDigest(contentDir: string): string {
  const hash = createHash('sha256');
  const processor = fileURLToPath(new URL('./processor.ts', import.meta.url));
  const graph = moduleGraph(processor);
  const root = resolve(dirname(processor), '../..');
  for (const file of graph.files) hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
  // An upgrade of a package the plugins run on can change ids or markup.
  hash.update(lockedVersions(resolve(root, 'package-lock.json'), graph.packages).join('\n'));
  let index;
  try {
    index = getContentIndex(contentDir);
  } catch {
    // Unreadable content is reported by the content checks, with its line; render everything afresh.
    return `unreadable-${Date.now()}`;
  }
  // Which sentences exist (citations are checked against them) and each source's title (footnotes).
  for (const [id, source] of index.sources) hash.update(`source ${id} ${source.title} ${source.sentences.size}\n`);
  // Which entries exist (links are checked against them); their texts load by reference.
  for (const [kind, entries] of Object.entries(index.entries))
    hash.update(`${kind} ${[...entries.keys()].join(' ')}\n`);
  // The words that name each term and person (an article records where it mentions them).
  for (const kind of ['glossary', 'people'] as const)
    for (const e of index.entries[kind].values()) hash.update(`${kind} ${e.id} ${JSON.stringify(e.names)}\n`);
  // A translation's footnotes name its edition's source titles.
  for (const [lang, words] of Object.entries(index.translated))
    for (const [id, title] of words!.sourceTitles) hash.update(`${lang} source ${id} ${title}\n`);
  return hash.digest('hex').slice(0, 16);
}
