/**
 * Which Markdown bodies passed the body checks in an earlier run, so that a rebuild checks only what changed.
 * A body's outcome depends on its own text, on what the render digest covers (the plugins' code and packages,
 * which sources, sentences and entries exist) and, for a translation, on its English file (parity, heading
 * ids): the key covers all of them. A pass also keeps the other files the check read (the articles whose
 * sections its links name), with their digests, and holds only while they are unchanged. Only passes are kept: a
 * body with a mistake is checked, and reported, on every run until it is fixed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from '../build/write-whole.ts';

export interface CheckedBodies {
  /**
   * The key of a body: what its check's outcome depends on. `body` and `english` (a translation's English file)
   * are digests of the bodies.
   */
  keyOf(parts: { digest: string; path: string; body: string; english?: string }): string;
  /** Whether the body of `key` passed, and every other file its check read is as it was (`digestOf` says). */
  passed(key: string, digestOf: (path: string) => string | undefined): boolean;
  /** The other files the check of a body that passed read (their paths). */
  readBy(key: string): string[] | undefined;
  /** Keeps exactly these passes for the next run (bodies that are gone are forgotten). */
  save(passes: PassedBody[]): void;
}

/** A body that passed: its key, and the other files its check read, each with its digest then. */
export interface PassedBody {
  key: string;
  read?: Array<[path: string, digest: string]>;
}

const recordFile = (cacheDir: string) => join(cacheDir, 'content-check', 'passed.json');

/** Whether an earlier run kept a record of passes in `cacheDir` (none: every body will be checked). */
export const hasCheckRecord = (cacheDir: string): boolean => existsSync(recordFile(cacheDir));

export function checkedBodies(cacheDir: string): CheckedBodies {
  const file = recordFile(cacheDir);
  let known = new Map<string, PassedBody['read']>();
  try {
    // A key alone, or with the files its check read.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Array<string | [string, NonNullable<PassedBody['read']>]>;
    known = new Map(stored.map((entry) => (typeof entry === 'string' ? [entry, undefined] : entry)));
  } catch {
    // No earlier run (or an unreadable record): every body is checked.
  }
  return {
    keyOf: ({ digest, path, body, english }) =>
      createHash('sha256')
        .update(`${digest}\0${path}\0${body}\0${english ?? ''}`)
        .digest('base64url')
        .slice(0, 32),
    passed: (key, digestOf) =>
      known.has(key) && (known.get(key) ?? []).every(([path, digest]) => digestOf(path) === digest),
    readBy: (key) => known.get(key)?.map(([path]) => path),
    save(passes) {
      writeWhole(file, JSON.stringify(passes.map(({ key, read }) => (read && read.length > 0 ? [key, read] : key))));
    },
  };
}
