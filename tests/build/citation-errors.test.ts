/**
 * A bad citation or link must stop `astro build` (non-zero exit) with a message
 * naming the file, the line and the bad reference — never ship a broken page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

describe('building the mini fixture site', () => {
  it('succeeds when every reference resolves', async () => {
    const result = await buildSite({ contentDir: copyFixture('mini-site') });
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'articles/brief/index.html'))).toBe(true);
    expect(existsSync(join(result.outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it.each([
    ['an unknown source', 'articles/brief.md', '[@report#s2]', '[@reprot#s2]', 'articles/brief.md:11', 'names the source "reprot", which does not exist'],
    ['a sentence that does not exist', 'articles/brief.md', '[@report#s1; @report#s3-s4]', '[@report#s1; @report#s3-s8]', 'articles/brief.md:15', 'points at sentence s6, but "report" has sentences s1 to s5'],
    ['a bad citation in a timeline event', 'timeline/talks.md', '[@report#s2]', '[@report#s42]', 'timeline/talks.md:8', '"@report#s42" points at sentence s42'],
    ['a glossary link to nothing', 'articles/brief.md', '(glossary:talks)', '(glossary:walks)', 'articles/brief.md:11', 'content/glossary/walks.md, which does not exist'],
  ])('fails on %s, naming file and line', async (_name, file, from, to, where, problem) => {
    const dir = copyFixture('mini-site');
    edit(dir, file, from, to);
    const result = await buildSite({ contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(where);
    expect(result.output).toContain(problem);
    expect(result.output).toContain('Fix:');
  });
});
