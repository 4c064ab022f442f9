/**
 * The build's content check renders each body as it checks it, and Astro's content sync takes that rendering
 * instead of rendering again (src/markdown/prerendered.ts). What it takes must be exactly what the
 * processor would have made of the body Astro hands it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { checkBodiesHere } from '../../src/content/check-bodies.ts';
import { readContentFile } from '../../src/content/content-file.ts';
import { markdownFiles } from '../../src/content/files.ts';
import { renderBody, renderPipeline } from '../../src/markdown/processor.ts';
import { keepRendered, takeRendered } from '../../src/markdown/prerendered.ts';
import { ROOT } from '../helpers/build-site.ts';

const FOLDERS = ['articles', 'glossary', 'people', 'questions', 'timeline', 'uk/articles', 'uk/glossary'];

describe('a body rendered by the content check', () => {
  it('is what the processor renders from the body Astro hands it, for every file of both editions', async () => {
    const contentDir = join(ROOT, 'tests/fixtures/uk-edition');
    const options = { contentDir, base: '/explainer/' };
    const paths = FOLDERS.flatMap((f) => markdownFiles(join(contentDir, f)).map((m) => join(contentDir, f, m)));
    const bodies = paths.map((path) => {
      const file = readContentFile(path);
      return { path, body: '\n'.repeat(file.bodyLine - 1) + file.body };
    });
    const { errors, rendered } = await checkBodiesHere(contentDir, bodies, { base: '/explainer/' });
    expect(errors).toEqual([]);
    expect(rendered.map((r) => r.path).sort()).toEqual(paths.map((p) => resolve(p)).sort());

    const pipeline = renderPipeline(options);
    for (const r of rendered) {
      // As Astro's Markdown entry type reads the file.
      const parsed = parseFrontmatter(readFileSync(r.path, 'utf8'));
      const astroBody = parsed.content.trim();
      const own = await renderBody(
        pipeline,
        new VFile({ value: astroBody, path: r.path, data: { astro: { frontmatter: parsed.frontmatter } } }),
      );
      keepRendered(r.path, r.body, r.rendered);
      const taken = takeRendered(r.path, astroBody);
      expect(taken, r.path).toBeDefined();
      expect(taken!.code, r.path).toBe(own.code);
      expect(taken!.headings, r.path).toEqual(own.headings);
      expect({ ...parsed.frontmatter, ...taken!.added }, r.path).toEqual(own.added);
      expect(r.rendered.code).toContain('<');
    }
  });

  it('is not taken for another body of the same file, nor twice', () => {
    const kept = { code: '<p>a</p>', headings: [], added: {} };
    keepRendered('/c/articles/a.md', '\n\n\nSome text.\n', kept);
    expect(takeRendered('/c/articles/a.md', 'Other text.')).toBeUndefined();
    expect(takeRendered('/c/articles/a.md', 'Some text.')).toBeUndefined();
    keepRendered('/c/articles/a.md', '\n\n\nSome text.\r\n', kept);
    expect(takeRendered('/c/articles/a.md', 'Some text.')?.code).toBe(kept.code);
    expect(takeRendered('/c/articles/a.md', 'Some text.')).toBeUndefined();
    // Astro trims the body: indented first lines would read as another document.
    keepRendered('/c/articles/b.md', '\n\n    code\n', kept);
    expect(takeRendered('/c/articles/b.md', 'code')).toBeUndefined();
  });
});
