/**
 * The content check remembers the bodies that passed (src/content/check-cache.ts) so a rebuild checks only
 * what changed; a remembered pass must never hide a mistake made since.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/content/check.ts';
import { checkedBodies } from '../../src/content/check-cache.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

const problems = async (dir: string, cacheDir: string) =>
  (await checkContent(dir, { cacheDir })).map((e) => `${e.file.replace(/^.*uk-parity-[^/]+\//, '')}:${e.line}`);
const passed = (cacheDir: string): string[] =>
  JSON.parse(readFileSync(join(cacheDir, 'content-check', 'passed.json'), 'utf8'));

describe('the record of bodies that passed', () => {
  it('keys a body on its digest, path, text and English file', () => {
    const cache = checkedBodies(mkdtempSync(join(tmpdir(), 'explainer-check-cache-')));
    const base = { digest: 'd', path: '/c/uk/articles/a.md', body: 'Текст.', english: 'Text.' };
    const key = cache.keyOf(base);
    expect(cache.keyOf({ ...base })).toBe(key);
    for (const change of [{ digest: 'e' }, { path: '/c/uk/articles/b.md' }, { body: 'Інше.' }, { english: 'Other.' }])
      expect(cache.keyOf({ ...base, ...change })).not.toBe(key);
    expect(cache.passed(key)).toBe(false);
    cache.save([key]);
  });

  it('remembers every clean body, and reports a mistake on every run until it is fixed', async () => {
    const dir = copyFixture('uk-parity');
    const cacheDir = mkdtempSync(join(tmpdir(), 'explainer-check-cache-'));
    expect(await problems(dir, cacheDir)).toEqual([]);
    const clean = passed(cacheDir);
    expect(clean.length).toBeGreaterThanOrEqual(6);

    edit(dir, 'articles/brief.md', '[@report#s2]', '[@report#s99]');
    // The English file is wrong; its translation, checked again against it, is not asked to copy the mistake.
    const expected = ['articles/brief.md:11'];
    expect(await problems(dir, cacheDir)).toEqual(expected);
    expect(passed(cacheDir).length).toBe(clean.length - 1);
    expect(await problems(dir, cacheDir)).toEqual(expected);

    edit(dir, 'articles/brief.md', '[@report#s99]', '[@report#s2]');
    expect(await problems(dir, cacheDir)).toEqual([]);
    expect(passed(cacheDir).sort()).toEqual([...clean].sort());
  });

  it('checks a translation again when only its English file changed', async () => {
    const dir = copyFixture('uk-parity');
    const cacheDir = mkdtempSync(join(tmpdir(), 'explainer-check-cache-'));
    expect(await problems(dir, cacheDir)).toEqual([]);
    // A valid English edit (another sentence) that the untouched translation no longer matches.
    edit(dir, 'articles/brief.md', '[@report#s2]', '[@report#s1]');
    expect(await problems(dir, cacheDir)).toEqual(['uk/articles/brief.md:8']);
  });
});
