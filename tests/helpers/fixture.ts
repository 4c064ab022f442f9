/** A throw-away copy of a fixture content folder, to break one file at a time; files written into a folder. */
import { afterEach } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './build-site.ts';

export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `explainer-${name}-`));
  cpSync(join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in one file of a fixture copy (fails if `from` is absent). */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply: ${file}`);
  writeFileSync(path, after);
}

/** Writes `files` (path in `dir` → text) into `dir`, making their folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * A maker of throw-away folders for one test file: each call writes `files` into a new folder named after
 * `prefix`, and every folder made goes after the test that made it.
 */
export function tempFolders(prefix: string): (files?: Record<string, string>) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files = {}) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    writeFiles(dir, files);
    return dir;
  };
}
