/**
 * `npm run new`: every kind of skeleton builds as written and shows up on the site; a new source gets its
 * .yaml and a list of what else it needs; `cells` starts a cell in every comparison row that lacks one.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { toId } from '../../scripts/new.ts';
import { checkContent } from '../../src/content/check.ts';
import { textDigest } from '../../src/content/source-text.ts';

function runNew(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    env: { ...process.env, EXPLAINER_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run new', () => {
  it('turns any name into a file name an anchor can use', () => {
    expect(toId('Wire Report')).toBe('wire-report');
    expect(toId('  Café  Talks.md ')).toBe('cafe-talks');
    expect(toId('already-fine')).toBe('already-fine');
  });

  it('writes a skeleton of every kind that builds, and never overwrites', async () => {
    const dir = copyFixture('three-sources');
    const kinds = ['article', 'timeline', 'glossary', 'people', 'question', 'comparison', 'track'];
    for (const kind of kinds) {
      const run = runNew(dir, kind, `New ${kind}`);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain(`new-${kind}.md`);
    }
    const again = runNew(dir, 'article', 'new-article');
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists; nothing was written');

    const site = await buildSite({ contentDir: dir });
    expect(site.code, site.output).toBe(0);
    const page = (p: string) => cheerio.load(readFileSync(join(site.outDir, p, 'index.html'), 'utf8'));
    expect(page('articles/new-article')('article a.cite-link').length).toBeGreaterThan(0);
    expect(page('timeline')('#new-timeline').length).toBe(1);
    expect(page('glossary')('#new-glossary').length).toBe(1);
    expect(page('people')('#new-people').length).toBe(1);
    expect(page('')('#new-question').length).toBe(1);
    expect(page('compare')('section.row[aria-labelledby="new-comparison"] .cell').length).toBe(3);
    expect(page('talks')('#new-track').length).toBe(1);
  });

  it('writes each entry’s translation skeleton where there is a Ukrainian edition, in parity at once', async () => {
    const dir = copyFixture('uk-parity');
    for (const kind of ['article', 'timeline', 'glossary', 'people', 'question', 'comparison', 'track']) {
      const run = runNew(dir, kind, `New ${kind}`);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(new RegExp(`uk/[a-z]+/new-${kind}\\.md: its translation`));
    }
    expect(readFileSync(join(dir, 'uk/articles/new-article.md'), 'utf8')).not.toMatch(/^(order|updated|topics):/m);
    expect((await checkContent(dir)).map((e) => e.message)).toEqual([]);
  });

  it('starts a new source: the .yaml beside its text, and a list of what else it needs', () => {
    const dir = copyFixture('three-sources');
    rmSync(join(dir, 'sources/wire.yaml'));
    const run = runNew(dir, 'source', 'wire');
    expect(run.code, run.output).toBe(0);
    const yaml = readFileSync(join(dir, 'sources/wire.yaml'), 'utf8');
    expect(yaml).toMatch(/^outlet: ""/m);
    expect(yaml).toContain('#   s4: The service cites two unnamed diplomats.');
    // The text as added, so that an edit to it stops the build.
    expect(yaml).toContain(`sha256: "${textDigest(join(dir, 'sources/wire.txt'))}"`);
    expect(run.output).toContain('Fill in title, short, outlet and attribution');
    expect(run.output).toContain('Every comparison row already has a cell for it.');
    expect(run.output).toContain('given a reason under "unused:"');

    // A text with no cells anywhere: each row is listed, and `cells` starts them all.
    for (const row of ['where', 'when', 'who']) edit(dir, `comparison/${row}.md`, /\n## wire\n\n[^\n]*\n/, '\n');
    rmSync(join(dir, 'sources/wire.yaml'));
    const listed = runNew(dir, 'source', 'wire');
    expect(listed.output).toContain('A "## wire" cell in each of the 3 comparison rows');
    expect(listed.output).toContain('npm run new -- cells wire');
    const cells = runNew(dir, 'cells', 'wire');
    expect(cells.code, cells.output).toBe(0);
    expect(cells.output).toContain('in 3 comparison rows');
    const when = readFileSync(join(dir, 'comparison/when.md'), 'utf8');
    // Before the note, so the note stays last.
    expect(when.indexOf('## wire')).toBeGreaterThan(0);
    expect(when.indexOf('## wire')).toBeLessThan(when.indexOf('## note'));
    expect(runNew(dir, 'cells', 'wire').output).toContain('already has a "## wire" cell');
    expect(runNew(dir, 'cells', 'nothing').code).toBe(1);
    expect(existsSync(join(dir, 'sources/nothing.yaml'))).toBe(false);
  });
});
