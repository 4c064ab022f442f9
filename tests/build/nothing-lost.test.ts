/**
 * A failed build must not destroy the last good site: `npm run build` builds
 * into a staging folder and swaps it in only when pages, checks and index
 * all succeeded.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { FOLDERS_ONLY } from '../../src/publish/linked-pages.ts';
import { NPM_BUILD, ROOT, withThisNode } from '../helpers/build-site.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { listHtml } from '../../src/publish/built-site.ts';
import { serveSite } from '../helpers/serve.ts';

function npmBuild(contentDir: string, outDir: string) {
  const [program, ...args] = NPM_BUILD;
  return spawnSync(program, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: withThisNode({
      ...process.env,
      EXPLAINER_CONTENT_DIR: contentDir,
      EXPLAINER_OUT_DIR: outDir,
      EXPLAINER_CACHE_DIR: `${outDir}-cache`,
      NO_COLOR: '1',
    }),
  });
}

const fingerprint = (dir: string) =>
  listHtml(dir, new Set())
    .map((f) => `${f.slice(dir.length)} ${createHash('sha1').update(readFileSync(f)).digest('hex')}`)
    .join('\n');

describe('npm run build', () => {
  it('keeps the previous complete site when a build fails, and replaces it when the next one passes', async () => {
    const content = copyFixture('mini-site');
    const out = join(mkdtempSync(join(tmpdir(), 'explainer-publish-')), 'dist');

    const good = npmBuild(content, out);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    const before = fingerprint(out);

    edit(content, 'articles/brief.md', '[@report#s2]', '[@report#s99]');
    const bad = npmBuild(content, out);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('the last good site');
    expect(existsSync(`${out}.next`)).toBe(false);
    expect(fingerprint(out)).toBe(before);

    // And it is still served, search index and all.
    const server = await serveSite(out);
    try {
      const page = await fetch(`${server.url}articles/brief/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Where are the talks?');
      expect((await fetch(`${server.url}pagefind/pagefind.js`)).status).toBe(200);
    } finally {
      await server.close();
    }

    // Mended, it builds again: the new site is published, and the one it replaced is emptied of its files in the
    // background and kept as folders for the next build.
    edit(content, 'articles/brief.md', '[@report#s99]', '[@report#s2]');
    edit(content, 'articles/brief.md', 'The report places', 'The mended report places');
    const mended = npmBuild(content, out);
    expect(mended.status, mended.stdout + mended.stderr).toBe(0);
    expect(readFileSync(join(out, 'articles/brief/index.html'), 'utf8')).toContain('The mended report places');
    const leftOver = () => readdirSync(dirname(out)).filter((name) => name !== 'dist' && !name.endsWith('-cache'));
    for (let i = 0; i < 100 && leftOver().join() !== 'dist.spare'; i++) await sleep(100);
    expect(leftOver()).toEqual(['dist.spare']);
    const files = readdirSync(`${out}.spare`, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory());
    expect(files.map((e) => e.name)).toEqual([FOLDERS_ONLY]);
  });
});
