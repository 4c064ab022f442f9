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
import { expectRendered, keepRendered, takeRendered, type RenderedBody } from '../../src/markdown/prerendered.ts';
import { ROOT } from '../helpers/build-site.ts';

const FOLDERS = ['articles', 'glossary', 'people', 'questions', 'timeline', 'uk/articles', 'uk/glossary'];

describe('a body rendered by the content check', () => {
  it('is what the processor renders from the body Astro hands it, for every file of both editions', async () => {
    const contentDir = join(ROOT, 'tests/fixtures/uk-edition');
    const options = { contentDir, base: '/explainer/' };
    const paths = FOLDERS.flatMap((f) => markdownFiles(join(contentDir, f)).map((m) => join(contentDir, f, m)));
    const bodies = paths.map((path) => {
      const file = readContentFile(path);
      return { path, body: '\n'.repeat(file.bodyLine - 1) + file.body, prose: [] };
    });
    const { errors, rendered } = await checkBodiesHere(contentDir, bodies, [], { base: '/explainer/' });
    expect(errors).toEqual([]);
    expect(rendered.map((r) => r.path).sort()).toEqual(paths.map((p) => resolve(p)).sort());

    const pipeline = renderPipeline(options);
    for (const r of rendered) {
      // As Astro's Markdown entry type reads the file.
      const parsed = parseFrontmatter(readFileSync(r.path, 'utf8'));
      const astroBody = parsed.content.trim();
      const own = await renderBody(
        pipeline,
        // As the processor renders a body (astro-processor.ts): the plugins record into an empty frontmatter.
        new VFile({ value: astroBody, path: r.path, data: { astro: { frontmatter: {} } } }),
      );
      expectRendered(r.path, r.body);
      keepRendered(r.path, r.rendered);
      const taken = (await takeRendered(r.path, astroBody)) as RenderedBody;
      expect(taken, r.path).toBeDefined();
      expect(taken.code, r.path).toBe(own.code);
      expect(taken.headings, r.path).toEqual(own.headings);
      expect(taken.added, r.path).toEqual(own.added);
      expect(r.rendered.code).toContain('<');
    }
  });

  it('is not taken for another body of the same file, nor twice, and waits for the check', async () => {
    const kept = { code: '<p>a</p>', headings: [], added: {} };
    expectRendered('/c/articles/a.md', '\n\n\nSome text.\n');
    keepRendered('/c/articles/a.md', kept);
    expect(await takeRendered('/c/articles/a.md', 'Other text.')).toBeUndefined();
    expect(await takeRendered('/c/articles/a.md', 'Some text.')).toBeUndefined();
    // A render that comes first waits for the check to finish the body.
    expectRendered('/c/articles/a.md', '\n\n\nSome text.\r\n');
    const taken = takeRendered('/c/articles/a.md', 'Some text.');
    keepRendered('/c/articles/a.md', kept);
    expect(await taken).toBe(kept);
    expect(await takeRendered('/c/articles/a.md', 'Some text.')).toBeUndefined();
    // Astro trims the body: indented first lines would read as another document.
    expectRendered('/c/articles/b.md', '\n\n    code\n');
    expect(await takeRendered('/c/articles/b.md', 'code')).toBeUndefined();
    // A body with mistakes is not rendered: the build stops on them.
    expectRendered('/c/articles/c.md', 'Text.');
    keepRendered('/c/articles/c.md', 'failed');
    expect(await takeRendered('/c/articles/c.md', 'Text.')).toBe('failed');
  });
});
