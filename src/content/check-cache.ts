/**
 * Which Markdown bodies passed the body checks in an earlier run, so that a rebuild checks only what changed.
 * A body's outcome depends on its own text, on what the render digest covers (the plugins' code and packages,
 * which sources, sentences and entries exist) and, for a translation, on its English file (parity, heading
 * ids): the key covers all of them. Only passes are kept: a body with a mistake is checked, and reported,
 * on every run until it is fixed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from '../build/write-whole.ts';

export interface CheckedBodies {
  /**
   * The key of a body: what its check's outcome depends on. `body` and `english` (a translation's English file)
   * are digests of the bodies.
   */
  keyOf(parts: { digest: string; path: string; body: string; english?: string }): string;
  passed(key: string): boolean;
  /** Keeps exactly these keys for the next run (bodies that are gone are forgotten). */
  save(passedKeys: string[]): void;
}

export function checkedBodies(cacheDir: string): CheckedBodies {
  const file = join(cacheDir, 'content-check', 'passed.json');
  let known = new Set<string>();
  try {
    known = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  } catch {
    // No earlier run (or an unreadable record): every body is checked.
  }
  return {
    keyOf: ({ digest, path, body, english }) =>
      createHash('sha256')
        .update(`${digest}\0${path}\0${body}\0${english ?? ''}`)
        .digest('base64url')
        .slice(0, 32),
    passed: (key) => known.has(key),
    save(passedKeys) {
      writeWhole(file, JSON.stringify(passedKeys));
    },
  };
}
