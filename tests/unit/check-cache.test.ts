/**
 * The content check remembers the bodies that passed (src/content/check-cache.ts) so a rebuild checks only
 * what changed; a remembered pass must never hide a mistake made since.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/content/check.ts';
import { checkedBodies } from '../../src/content/check-cache.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/build-site.ts';

const problems = async (dir: string, cacheDir: string) =>
  (await checkContent(dir, { cacheDir })).map(
    (e) => `${e.file.replace(/^.*(uk-parity|faith-site|mini-site)-[^/]+\//, '')}:${e.line}`,
  );
const passed = (cacheDir: string): unknown[] =>
  JSON.parse(readFileSync(join(cacheDir, 'content-check', 'passed.json'), 'utf8'));

describe('the record of bodies that passed', () => {
  it('keys a body on its digest, path, text and English file', () => {
    const cache = checkedBodies(mkdtempSync(join(tmpdir(), 'explainer-check-cache-')));
    const base = { digest: 'd', path: '/c/uk/articles/a.md', body: 'Текст.', english: 'Text.' };
    const key = cache.keyOf(base);
    expect(cache.keyOf({ ...base })).toBe(key);
    for (const change of [{ digest: 'e' }, { path: '/c/uk/articles/b.md' }, { body: 'Інше.' }, { english: 'Other.' }])
      expect(cache.keyOf({ ...base, ...change })).not.toBe(key);
    expect(cache.passed(key, () => undefined)).toBe(false);
  });

  it('keeps with a pass the files its check read, and holds it only while they are unchanged', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'explainer-check-cache-'));
    const first = checkedBodies(cacheDir);
    const [a, b] = [
      first.keyOf({ digest: 'd', path: '/c/a.md', body: 'A' }),
      first.keyOf({ digest: 'd', path: '/c/b.md', body: 'B' }),
    ];
    first.save([{ key: a, read: [['/c/articles/x.md', 'x1']] }, { key: b }]);
    const next = checkedBodies(cacheDir);
    expect(next.passed(a, () => 'x1')).toBe(true);
    expect(next.passed(a, () => 'x2')).toBe(false);
    expect(next.passed(a, () => undefined)).toBe(false);
    expect(next.passed(b, () => undefined)).toBe(true);
    expect(next.readBy(a)).toEqual(['/c/articles/x.md']);
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
  it('checks a body again when an article whose section it links changes its headings', async () => {
    const dir = copyFixture('mini-site');
    const cacheDir = mkdtempSync(join(tmpdir(), 'explainer-check-cache-'));
    const brief = readFileSync(join(dir, 'articles/brief.md'), 'utf8');
    writeFileSync(
      join(dir, 'articles/second.md'),
      brief
        .replace(/^title: .*$/m, 'title: The second')
        .replace(/^order: .*$/m, 'order: 2')
        .replace('in [London](glossary:talks)', 'in [London](article:brief#where-are-the-talks)'),
    );
    expect(await problems(dir, cacheDir)).toEqual([]);
    expect(await problems(dir, cacheDir)).toEqual([]);
    edit(dir, 'articles/brief.md', '## Where are the talks?', '## Where do the talks take place?');
    // The question that links the same section, too (its frontmatter is checked on every run).
    expect((await problems(dir, cacheDir)).sort()).toEqual(['articles/second.md:11', 'questions/where.md:4']);
  });
});
