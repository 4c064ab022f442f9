/**
 * The content check remembers the bodies that passed (src/content/check-cache.ts) so a rebuild checks only
 * what changed; a remembered pass must never hide a mistake made since.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/content/check.ts';
import { checkedBodies } from '../../src/content/check-cache.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/build-site.ts';

const problems = async (dir: string, cacheDir: string) =>
  (await checkContent(dir, { cacheDir })).map(
    (e) => `${e.file.replace(/^.*(uk-parity|faith-site)-[^/]+\//, '')}:${e.line}`,
  );
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

  it('checks the faithfulness rules again when a title, or the rules, changed with the body as it was', async () => {
    const dir = copyFixture('faith-site');
    for (const f of ['attribution.yaml', 'hedges.yaml', 'outside-facts.yaml'])
      cpSync(join(ROOT, 'content/checks', f), join(dir, 'checks', f));
    const cacheDir = mkdtempSync(join(tmpdir(), 'explainer-check-cache-'));
    expect(await problems(dir, cacheDir)).toEqual([]);
    // A refused term in the title, the body untouched: the title is the article's prose too.
    edit(dir, 'articles/brief.md', 'title: The brief', 'title: The brief from the Pentagon');
    expect(await problems(dir, cacheDir)).toEqual(['articles/brief.md:2']);
    edit(dir, 'articles/brief.md', 'title: The brief from the Pentagon', 'title: The brief');
    expect(await problems(dir, cacheDir)).toEqual([]);
    // The rules changed, no content file: "Bloomberg reports" now credits the wrong speaker.
    edit(dir, 'sources/report.yaml', 's1: bloomberg', 's1: close-sources');
    expect((await problems(dir, cacheDir)).filter((p) => p.startsWith('articles/'))).toEqual(['articles/brief.md:18']);
  });
});
