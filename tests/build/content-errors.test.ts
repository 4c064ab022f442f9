/**
 * Each kind of content mistake, fed to a real build of the mini fixture site:
 * the build exits non-zero, and prints one readable block naming the file,
 * the line (where there is one), what is wrong and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

type Breakage = (dir: string) => void;

const CASES: Array<[string, Breakage, string, string]> = [
  [
    'a missing required field',
    (d) => edit(d, 'articles/brief.md', /^dek: .*\n/m, ''),
    'articles/brief.md:2',
    'the required field "dek" is missing',
  ],
  [
    'a wrong type',
    (d) => edit(d, 'articles/brief.md', 'order: 1', 'order: first'),
    'articles/brief.md:4',
    '"order" should be a number',
  ],
  [
    'an unknown topic',
    (d) => edit(d, 'articles/brief.md', 'topics: [overview]', 'topics: [weather]'),
    'articles/brief.md:6',
    'use one of: overview',
  ],
  [
    'a malformed date',
    (d) => edit(d, 'articles/brief.md', 'updated: 2026-11-22', 'updated: 22/11/2026'),
    'articles/brief.md:5',
    'YYYY-MM-DD',
  ],
  [
    'an impossible date',
    (d) => edit(d, 'timeline/talks.md', 'relative: soon', 'date:\n  month: 2\n  day: 31'),
    'timeline/talks.md:4',
    'February 31 does not exist',
  ],
  [
    'malformed YAML',
    (d) => edit(d, 'glossary/talks.md', 'term: talks', 'term: "talks'),
    'glossary/talks.md:2',
    'not valid YAML',
  ],
  [
    'a missing closing ---',
    (d) => edit(d, 'people/delegate.md', 'role: Attends the talks\n---', 'role: Attends the talks\n'),
    'people/delegate.md:1',
    'no closing "---"',
  ],
  [
    'an unknown citation source',
    (d) => edit(d, 'articles/brief.md', '[@report#s2]', '[@reprot#s2]'),
    'articles/brief.md:11',
    'names the source "reprot", which does not exist',
  ],
  [
    'a sentence that does not exist',
    (d) => edit(d, 'glossary/talks.md', '[@report#s2]', '[@report#s12]'),
    'glossary/talks.md:5',
    'has sentences s1 to s5',
  ],
  [
    'a duplicate id across files',
    (d) => {
      mkdirSync(join(d, 'glossary/more'));
      copyFileSync(join(d, 'glossary/talks.md'), join(d, 'glossary/more/talks.md'));
    },
    'glossary/talks.md',
    'the id "talks" is already used by',
  ],
  [
    'a people reference to nothing',
    (d) => edit(d, 'timeline/talks.md', 'people: [delegate]', 'people: [delegate, nobody]'),
    'timeline/talks.md:5',
    'names "nobody", but there is no content/people/nobody.md',
  ],
  [
    'a glossary link to nothing',
    (d) => edit(d, 'articles/brief.md', '(glossary:talks)', '(glossary:walks)'),
    'articles/brief.md:11',
    'content/glossary/walks.md, which does not exist',
  ],
  [
    'an empty article',
    (d) =>
      writeFileSync(
        join(d, 'articles/empty.md'),
        '---\ntitle: Empty\ndek: Nothing here.\norder: 2\nupdated: 2026-11-22\ntopics: [overview]\n---\n\n',
      ),
    'articles/empty.md:7',
    'has no text',
  ],
  [
    'a heading id collision',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## Where are the talks?'),
    'articles/brief.md:13',
    'repeats the one on line 9',
  ],
  [
    'a heading that takes a layout id',
    (d) => edit(d, 'articles/brief.md', '## Who is there?', '## Main'),
    'articles/brief.md:13',
    'the page layout already uses',
  ],
  [
    'an empty source file',
    (d) => writeFileSync(join(d, 'sources/report.txt'), ''),
    'sources/report.txt',
    'the source text is empty',
  ],
  [
    'a source file that is not UTF-8',
    (d) => writeFileSync(join(d, 'sources/report.txt'), Buffer.from([0x54, 0x61, 0x6c, 0x6b, 0xe9, 0x73, 0x2e])),
    'sources/report.txt',
    'not valid UTF-8',
  ],
  [
    'raw HTML',
    (d) => edit(d, 'articles/brief.md', 'A [delegate]', '<script>alert(1)</script>\n\nA [delegate]'),
    'articles/brief.md:15',
    'raw HTML is not allowed',
  ],
  [
    'a javascript: link',
    (d) => edit(d, 'articles/brief.md', '(people:delegate)', '(javascript:alert(1))'),
    'articles/brief.md:15',
    'uses a script or data URL',
  ],
  [
    'an unknown field',
    (d) => edit(d, 'timeline/talks.md', 'relative: soon', 'relative: soon\ndate:\n  month: 4\n  weekday: 3'),
    'timeline/talks.md:7',
    'unknown field "weekday"',
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
