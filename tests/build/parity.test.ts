/**
 * Parity between the editions, in a real build of a small fixture with a Ukrainian translation of every file
 * (tests/fixtures/uk-parity): it builds as it is; a Ukrainian article that drops a citation, or drops a
 * paragraph, stops the build, and the report names both the Ukrainian and the English file with their lines.
 */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

describe('the editions kept in parity by the build', () => {
  it('builds the fixture with its translations', async () => {
    const result = await buildSite({ contentDir: copyFixture('uk-parity') });
    expect(result.code, result.output).toBe(0);
  });

  it.each([
    [
      'a Ukrainian paragraph that drops a citation',
      (d: string) => edit(d, 'uk/articles/brief.md', ' [@report#s2].', '.'),
      'uk/articles/brief.md:8',
      /this paragraph cites nothing, but its English counterpart at \S*articles\/brief\.md:11 cites report#s2/,
    ],
    [
      'a Ukrainian article that drops a paragraph',
      (d: string) => edit(d, 'uk/articles/brief.md', /\nЯк пише звіт[^\n]*\n/, ''),
      'uk/articles/brief.md:12', // the editor's note, now where the paragraph was
      /the English paragraph citing report#s1, report#s3, report#s4 at \S*articles\/brief\.md:15 has no counterpart/,
    ],
    [
      'an English file with no translation',
      (d: string) => rmSync(join(d, 'uk/people/delegate.md')),
      'people/delegate.md',
      /there is no translation of this file \(Українська\): \S*uk\/people\/delegate\.md does not exist/,
    ],
  ])('%s stops the build, naming both files', async (_name, breakIt, where, problem) => {
    const dir = copyFixture('uk-parity');
    breakIt(dir);
    const result = await buildSite({ contentDir: dir });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(where);
    expect(result.output).toMatch(problem);
    expect(result.output).toMatch(/Fix: \S/);
    expect(result.output).toMatch(/\n\d+ content errors? in \d+ files?; nothing was published\.\n/);
  });
});
