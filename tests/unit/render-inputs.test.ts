import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { renderInputsDigest } from '../../src/markdown/render-inputs.ts';
import { lockedVersions, moduleGraph } from '../../src/build/code-digest.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/build-site.ts';

describe('what a rendered entry depends on', () => {
  it('is the code the processor imports, not every module of the project', () => {
    const { files, packages } = moduleGraph(join(ROOT, 'src/markdown/astro-processor.ts'));
    const shown = files.map((f) => relative(ROOT, f));
    expect(shown).toContain('src/markdown/remark-citations.ts');
    // What the store keeps of an entry.
    expect(shown).toContain('src/markdown/bodies-apart.ts');
    expect(shown).toContain('src/content/content-index.ts');
    expect(shown).not.toContain('src/content/lint.ts');
    expect(shown.some((f) => f.startsWith('src/publish/') || f.startsWith('src/pages/'))).toBe(false);
    expect(packages).toContain('satteri');
    expect(packages).toContain('mdast-util-from-markdown');
    expect(packages).not.toContain('pagefind');
    // Types only (bodies-apart.ts takes Astro's types): erased when the code runs.
    expect(packages).not.toContain('astro');
  });

  it("is each package's locked version and its dependencies', not the whole lockfile", () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'explainer-lock-')), 'package-lock.json');
    const packages = {
      'node_modules/a': { version: '1.0.0', dependencies: { b: '^2' } },
      'node_modules/b': { version: '2.1.0', optionalDependencies: { c: '^3' } },
      'node_modules/c': { version: '3.0.0' },
      'node_modules/unrelated': { version: '9.9.9' },
    };
    writeFileSync(lock, JSON.stringify({ packages }));
    expect(lockedVersions(lock, ['a', 'types-only'])).toEqual(['a@1.0.0', 'b@2.1.0', 'c@3.0.0']);
  });

  it('changes when the entries that exist change, not when an entry is edited', () => {
    const dir = copyFixture('mini-site');
    const before = renderInputsDigest(dir);
    edit(dir, 'articles/brief.md', 'attends, the report says', 'attends, as the report says');
    expect(renderInputsDigest(dir)).toBe(before);
    writeFileSync(join(dir, 'glossary/ceasefire.md'), '---\nterm: ceasefire\n---\n\nA pause [@report#s2].\n');
    expect(renderInputsDigest(dir)).not.toBe(before);
  });
});
