/** What the dev server leaves unwatched (src/build/dev-watch.ts). */
import { describe, expect, it } from 'vitest';
import { unwatchedIn } from '../../src/build/dev-watch.ts';

describe('the dev server’s watch', () => {
  const project = '/home/editor/explainer/';

  it('leaves out the built sites and the benchmark’s folders inside the project', () => {
    const unwatched = unwatchedIn(project, `${project}content/`);
    for (const path of ['dist', 'dist/index.html', 'dist.spare/articles', 'dist.next', '.bench', '.bench10k/cache/x'])
      expect(unwatched(`${project}${path}`), path).toBe(true);
  });

  it('watches the content, the code, and anything named like a build deeper down or outside the project', () => {
    const unwatched = unwatchedIn(project, `${project}content/`);
    for (const path of [
      `${project}content/articles/a.md`,
      `${project}src/dist/x.ts`,
      `${project}distribution.md`,
      project.slice(0, -1),
      '/tmp/dist/index.html',
    ])
      expect(unwatched(path), path).toBe(false);
  });

  it('watches a content folder inside a benchmark corpus, and the folders that lead to it', () => {
    const unwatched = unwatchedIn(project, `${project}.bench/content/`);
    expect(unwatched(`${project}.bench`)).toBe(false);
    expect(unwatched(`${project}.bench/content`)).toBe(false);
    expect(unwatched(`${project}.bench/content/articles/a.md`)).toBe(false);
    expect(unwatched(`${project}.bench/dist`)).toBe(true);
    expect(unwatched(`${project}.bench10k`)).toBe(true);
  });

  it("leaves out the dev server's content store in .astro/, which another dev server of the project may write", () => {
    const unwatched = unwatchedIn(project, `${project}content/`);
    expect(unwatched(`${project}.astro/data-store.json`)).toBe(true);
    for (const path of ['.astro', '.astro/content.d.ts', '.astro/content-assets.mjs', '.astro/data-store.json.tmp'])
      expect(unwatched(`${project}${path}`), path).toBe(false);
  });
});
