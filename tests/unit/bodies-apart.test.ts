/** Article bodies kept apart from Astro's content store, in a build cache of the test's own. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cache = mkdtempSync(join(tmpdir(), 'explainer-bodies-'));
const content = '/site/content';
let apart: typeof import('../../src/markdown/bodies-apart.ts');

beforeAll(async () => {
  process.env.EXPLAINER_CACHE_DIR = cache;
  apart = await import('../../src/markdown/bodies-apart.ts');
});

const rendered = {
  code: '<p>Text<sup>1</sup></p>',
  headings: [{ depth: 2, slug: 'part', text: 'Part' }],
  added: {
    citationNotes: [{ n: 1 }],
    references: { citations: [{ source: 'bbc', from: 3, section: 'part' }], links: [] },
    mentions: [{ key: 'people:starmer', section: 'part' }],
    readingText: { words: 1 },
  },
};

describe('bodies kept apart', () => {
  it("keeps an article's HTML and notes in a file, what it points at in another, the rest in the store", () => {
    const stored = apart.keepBodyApart(content, `${content}/uk/articles/brief.md`, rendered);
    expect(stored.code).toBe('');
    expect(stored.headings).toEqual([]);
    expect(Object.keys(stored.added).sort()).toEqual(['bodyFile', 'readingText']);
    expect(existsSync(join(cache, 'bodies/uk/articles/brief.json'))).toBe(true);
    expect(existsSync(join(cache, 'references/uk/articles/brief.json'))).toBe(true);
    expect(apart.bodyApartOf(stored.added)).toEqual({
      html: rendered.code,
      headings: rendered.headings,
      citationNotes: rendered.added.citationNotes,
    });
    expect(apart.referencesApartOf(stored.added)).toEqual({
      references: rendered.added.references,
      mentions: rendered.added.mentions,
    });
  });

  it('keeps every other body whole, in the store', () => {
    for (const path of [`${content}/glossary/talks.md`, `${content}/articles/deep/x.md`, undefined])
      expect(apart.keepBodyApart(content, path, rendered)).toBe(rendered);
    expect(apart.bodyApartOf(rendered.added)).toBeUndefined();
    expect(apart.referencesApartOf(rendered.added)).toBeUndefined();
  });

  it('refuses a body file that does not match the store, saying how to start afresh', () => {
    const stored = apart.keepBodyApart(content, `${content}/articles/brief.md`, rendered);
    const file = join(cache, 'bodies/articles/brief.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Text', 'Old text'));
    expect(() => apart.bodyApartOf(stored.added)).toThrow(
      `The rendered body of articles/brief.md is missing from ${join(cache, 'bodies')} or older than ` +
        `Astro's content store. Delete ${cache} and build again.`,
    );
    rmSync(join(cache, 'references/articles/brief.json'));
    expect(() => apart.referencesApartOf(stored.added)).toThrow(
      `The references of articles/brief.md is missing from ${join(cache, 'references')}`,
    );
  });

  it('drops a content store whose bodies or references are gone (all render afresh), not one whose are there', () => {
    const store = join(cache, 'data-store.json');
    for (const gone of ['bodies', 'references']) {
      writeFileSync(store, '[]');
      rmSync(join(cache, gone), { recursive: true });
      apart.dropStoreWithoutBodies(store);
      expect(existsSync(store)).toBe(false);
    }
    writeFileSync(store, '[]');
    apart.dropStoreWithoutBodies(store);
    expect(existsSync(store)).toBe(true);
  });
});
