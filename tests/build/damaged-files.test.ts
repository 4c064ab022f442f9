/**
 * Files as editors' tools leave them: a byte order mark, Windows or old Mac line endings, another encoding,
 * a stray control byte, an empty file, a name with capitals or spaces. Each either builds exactly as the clean
 * file does, or stops the build naming the file and the fix; nothing is published half-read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture } from '../helpers/fixture.ts';

const main = (out: string, page: string) =>
  cheerio
    .load(readFileSync(join(out, page, 'index.html'), 'utf8'))('main')
    .html();

let clean: string;
beforeAll(async () => {
  const site = await buildSite({ contentDir: copyFixture('mini-site') });
  expect(site.code, site.output).toBe(0);
  clean = site.outDir;
});

describe('damaged files', () => {
  it('build exactly as the clean files when only the encoding details differ', async () => {
    const dir = copyFixture('mini-site');
    const rewrite = (file: string, f: (s: string) => string) =>
      writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));
    rewrite('articles/brief.md', (s) => `\uFEFF${s.replace(/\n/g, '\r\n')}`); // Windows Notepad
    rewrite('sources/report.yaml', (s) => `\uFEFF${s.replace(/\n/g, '\r\n')}`);
    const site = await buildSite({ contentDir: dir });
    expect(site.code, site.output).toBe(0);
    for (const page of ['articles/brief', 'sources/report', 'timeline'])
      expect(main(site.outDir, page), page).toBe(main(clean, page));
  });

  it('stop the build, each named with its fix, all in one run', async () => {
    const dir = copyFixture('mini-site');
    // Latin-1 (Windows-1252) bytes for "café".
    writeFileSync(
      join(dir, 'people/delegate.md'),
      Buffer.concat([
        Buffer.from(readFileSync(join(dir, 'people/delegate.md'), 'utf8')),
        Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      ]),
    );
    writeFileSync(
      join(dir, 'timeline/talks.md'),
      readFileSync(join(dir, 'timeline/talks.md'), 'utf8').replace('Talks are due', 'Talks are\u001b due'),
    );
    writeFileSync(join(dir, 'questions/where.md'), '');
    writeFileSync(join(dir, 'glossary/extra.md'), '---\rterm: extra\r---\r\rSaid once [@report#s1].\r'); // old Mac
    renameSync(join(dir, 'glossary/talks.md'), join(dir, 'glossary/The Talks.md'));
    writeFileSync(join(dir, 'sources/report.yaml'), '');
    const site = await buildSite({ contentDir: dir });
    expect(site.code).not.toBe(0);
    const expectations: Array<[string, string]> = [
      ['people/delegate.md', 'the file is not valid UTF-8'],
      ['timeline/talks.md:8', 'invisible control character (U+001B)'],
      ['questions/where.md:1', 'the file is empty'],
      ['glossary/extra.md:1', 'old Mac line ends'],
      ['glossary/The Talks.md', 'rename the file to "the-talks.md"'],
      ['articles/brief.md:11', 'the link "glossary:talks" points at content/glossary/talks.md'],
      ['sources/report.yaml', 'the required field "title" is missing'],
    ];
    for (const [where, problem] of expectations) {
      expect(site.output, where).toContain(where);
      expect(site.output, where).toContain(problem);
    }
    expect(site.output).toMatch(/\d+ content errors in 7 files; nothing was published\./);
    expect(site.output).not.toMatch(/Stack trace|unhandled error/i);
  });
});
