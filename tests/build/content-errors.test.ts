/**
 * Content mistakes fed to a real build of the mini fixture site: the build exits non-zero, and prints
 * one readable block naming the file, the line (where there is one), what is wrong and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

type Breakage = (dir: string) => void;

/** One mistake from each stage that catches them; tests/unit/content-errors.test.ts has every kind. */
const CASES: Array<[string, Breakage, string, string]> = [
  [
    'an article named with digits only, the address of an archive page',
    (d) => renameSync(join(d, 'articles/brief.md'), join(d, 'articles/2.md')),
    'articles/2.md',
    'the id "2" is all digits, but /articles/2/ is a page of the article archive',
  ],
  [
    'a missing required field (the content linter, before Astro reads content)',
    (d) => edit(d, 'articles/brief.md', /^dek: .*\n/m, ''),
    'articles/brief.md:2',
    'the required field "dek" is missing',
  ],
  [
    'an unknown citation source (the Markdown plugins, while content syncs)',
    (d) => edit(d, 'articles/brief.md', '[@report#s2]', '[@reprot#s2]'),
    'articles/brief.md:11',
    'names the source "reprot", which does not exist',
  ],
  [
    'a repeated heading (the rehype plugin)',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## Where are the talks?'),
    'articles/brief.md:13',
    'repeats the one on line 9',
  ],
  [
    'an empty source file (the sources loader)',
    (d) => writeFileSync(join(d, 'sources/report.txt'), ''),
    'sources/report.txt',
    'the source text is empty',
  ],
];

describe('a content mistake left unfixed', () => {
  it('stops the next build too: the failed entry is not kept in the content cache', async () => {
    const dir = copyFixture('mini-site');
    edit(dir, 'articles/brief.md', '[@report#s2]', '[@report#s99]');
    const outDir = mkdtempSync(join(tmpdir(), 'explainer-twice-'));
    for (const attempt of [1, 2]) {
      const result = await buildSite({ contentDir: dir, outDir });
      expect(result.code, `build ${attempt}: ${result.output}`).not.toBe(0);
      expect(result.output, `build ${attempt}`).toContain('articles/brief.md:11');
    }
  });
});

describe('content mistakes stop the build with an actionable message', () => {
  it.each(CASES)('%s', async (_name, breakIt, where, problem) => {
    const dir = copyFixture('mini-site');
    breakIt(dir);
    const result = await buildSite({ contentDir: dir });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(where);
    expect(result.output).toContain(problem);
    expect(result.output).toMatch(/Fix: \S/);
    // The report leads with the content error, not with a stack trace.
    const block = result.output.slice(result.output.indexOf('Content error in'));
    expect(block.split('\n')[0]).toContain(where.split(':')[0]!);
    expect(result.output).not.toMatch(/^\s+at .*node_modules/m);
  });
});
