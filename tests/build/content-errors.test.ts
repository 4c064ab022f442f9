/**
 * Content mistakes fed to a real build of the mini fixture site: the build exits non-zero, and prints
 * one readable block naming the file, the line (where there is one), what is wrong and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildSite, ROOT } from '../helpers/build-site.ts';
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
  // Each case builds its own copy: two at a time (vitest's maxConcurrency) keep both cores busy.
  it.concurrent.for(CASES)('%s', async ([, breakIt, where, problem], { expect }) => {
    const dir = copyFixture('mini-site');
    breakIt(dir);
    const result = await buildSite({ contentDir: dir });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(where);
    expect(result.output).toContain(problem);
    expect(result.output).toMatch(/Fix: \S/);
    // The report names the file and line, ends with one summary line, and carries no stack trace.
    expect(result.output).toMatch(/\n\d+ content errors? in \d+ files?; nothing was published\.\n/);
    expect(result.output).not.toMatch(/Stack trace|unhandled error/i);
    expect(result.output).not.toMatch(/^\s+at .*node_modules/m);
  });
});

describe('one run reports every content error', () => {
  it('of every kind, in every file, grouped by file and sorted by line; check:content prints the same', async () => {
    const dir = copyFixture('three-sources');
    // A schema error, a citation to a sentence that does not exist, a source's empty field and a new source
    // missing from every comparison row: once, the build stopped at the first of these.
    edit(dir, 'articles/brief.md', /^dek: .*\n/m, '');
    edit(dir, 'articles/brief.md', 'the wire service [@wire#s1]', 'the wire service [@wire#s9]');
    edit(dir, 'timeline/talks.md', '[@report#s2;', '[@report#s99;');
    edit(dir, 'sources/wire.yaml', /^outlet: .*$/m, 'outlet: ""');
    for (const row of ['where', 'when', 'who']) edit(dir, `comparison/${row}.md`, /\n## wire\n\n[^\n]*\n/, '\n');
    const result = await buildSite({ contentDir: dir });
    expect(result.code, result.output).not.toBe(0);
    const expected = [
      'articles/brief.md:2',
      'articles/brief.md:10',
      'comparison/when.md:',
      'comparison/where.md:',
      'comparison/who.md:',
      'sources/wire.yaml:3',
      'timeline/talks.md:8',
    ];
    const at = expected.map((where) => result.output.indexOf(where));
    for (const [i, where] of expected.entries()) expect(at[i], where).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(result.output).toContain('the required field "dek" is missing');
    expect(result.output).toContain('the citation "@report#s99" points at sentence s99');
    expect(result.output).toContain('the row has no cell for the source "wire"');
    expect(result.output).toContain('"outlet" is empty');
    expect(result.output).toContain('points at sentence s9, but "wire" has sentences s1 to s4');
    expect(result.output.trimEnd().split('\n').at(-1)).toBe('7 content errors in 6 files; nothing was published.');
    expect(result.output).not.toMatch(/Stack trace|unhandled error|^\s+at /im);

    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], {
      env: { ...process.env, EXPLAINER_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    const report = (out: string) => out.slice(out.indexOf('../'), out.lastIndexOf('\n7 content errors'));
    expect(report(check.stderr)).toBe(report(result.output));
    expect(check.stderr.trimEnd().split('\n').at(-1)).toBe('7 content errors in 6 files; fix them before building.');
  });
});
