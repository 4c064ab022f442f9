/**
 * What Pagefind indexed: one record per article and per entry (event, term,
 * person, source paragraph), and none of the page furniture — navigation,
 * footer, copy-link labels, "cited in" lists, previews or print footnotes.
 * And what a first search downloads: small index chunks, a minified script.
 */
import { describe, expect, inject, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/build-site.ts';
import { splitSource } from '../../src/content/sentences.ts';
import { keyIsPrefix, ukKey } from '../../src/scripts/search/uk-words.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The records of one language's index (Pagefind names each fragment file after its language). */
function fragments(siteDir: string, lang = 'en', part = ''): Fragment[] {
  const dir = join(siteDir, 'pagefind', part, 'fragment');
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${lang}_`))
    .map((f) => {
      const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    });
}

const count = (folder: string) => readdirSync(join(ROOT, 'content', folder)).filter((f) => f.endsWith('.md')).length;

describe('the search index', () => {
  const records = fragments(inject('siteDir'));

  it('has one record per article, timeline event, term, person and source sentence', () => {
    const byType = (t: string) => records.filter((r) => r.meta.type === t);
    expect(byType('Article')).toHaveLength(count('articles'));
    expect(byType('Timeline event')).toHaveLength(count('timeline'));
    expect(byType('Glossary term')).toHaveLength(count('glossary'));
    expect(byType('Person or body')).toHaveLength(count('people'));
    const sentences = readdirSync(join(ROOT, 'content/sources'))
      .filter((f) => f.endsWith('.txt'))
      .reduce(
        (n, f) =>
          n +
          splitSource(readFileSync(join(ROOT, 'content/sources', f), 'utf8')).paragraphs.flatMap((p) => p.sentences)
            .length,
        0,
      );
    expect(byType('Source')).toHaveLength(sentences);
    expect(records).toHaveLength(
      count('articles') + count('timeline') + count('glossary') + count('people') + sentences,
    );
  });

  it('lands entries on their anchors, and gives each its type and title', () => {
    for (const r of records) {
      if (r.meta.type === 'Article') expect(r.url).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      else expect(r.url).toMatch(/^\/(timeline|glossary|people|sources\/[a-z0-9-]+)\/#[a-z0-9-]+$/);
      expect(r.filters.type).toEqual([r.meta.type]);
      expect(r.meta.title?.length).toBeGreaterThan(0);
    }
    expect(records.find((r) => r.url === '/glossary/#frozen-conflict')?.meta.title).toBe('frozen conflict');
    expect(records.filter((r) => r.meta.type === 'Article').every((r) => (r.filters.topic ?? []).length > 0)).toBe(
      true,
    );
  });

  it('contains no navigation, footer, copy-link labels, back-lists, previews or footnotes', () => {
    const furniture = [
      'Skip to content',
      'is written only from two source texts',
      'Link to section',
      'Cited in',
      'Mentioned in',
      'Search the explainer',
      'Timeline Glossary People Sources',
      'Timeline events cited',
      'Key terms',
      'Sources cited',
      'Updated 22',
      'Source 1',
      'sentence 1:',
    ];
    for (const r of records) for (const f of furniture) expect(r.content, `${r.url} contains "${f}"`).not.toContain(f);
  });
});

describe('the Ukrainian search index', () => {
  const records = fragments(inject('siteDir'), 'uk');
  const sentences = readdirSync(join(ROOT, 'content/uk/sources')).reduce(
    (n, f) => n + (readFileSync(join(ROOT, 'content/uk/sources', f), 'utf8').match(/^ {2}s\d+:/gm)?.length ?? 0),
    0,
  );

  it('has one record per article, event, term and person of the edition, and per translated source sentence', () => {
    const byType = (t: string) => records.filter((r) => r.meta.type === t);
    expect(byType('Article')).toHaveLength(count('uk/articles'));
    expect(byType('Timeline event')).toHaveLength(count('uk/timeline'));
    expect(byType('Glossary term')).toHaveLength(count('uk/glossary'));
    expect(byType('Person or body')).toHaveLength(count('uk/people'));
    expect(byType('Source')).toHaveLength(sentences);
  });

  it('lands on /uk/ pages, and on the shared source pages by our translation of a sentence', () => {
    for (const r of records) {
      if (r.meta.type === 'Source') expect(r.url).toMatch(/^\/sources\/[a-z0-9-]+\/\?lang=uk#s\d+$/);
      else expect(r.url).toMatch(/^\/uk\/(articles\/[a-z0-9-]+\/|(timeline|glossary|people)\/#[a-z0-9-]+)$/);
      expect(r.filters.type).toEqual([r.meta.type]);
    }
    expect(records.find((r) => r.url === '/uk/glossary/#crimea')?.meta.title).toBe('Крим');
  });

  it('contains no copy-link labels or citation numbers', () => {
    for (const r of records)
      for (const f of [/Посилання на розділ/, /Джерело\s+(\u2063\S+\s+)?\d/])
        expect(r.content, `${r.url} contains ${f}`).not.toMatch(f);
  });

  it('carries a word’s key beside it only where a prefix search for the key would miss the word', () => {
    const pairs = records.flatMap((r) => [...r.content.matchAll(/([\p{L}’'-]+) \u2063([\p{L}’-]+)/gu)]);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [, word, key] of pairs) {
      expect(keyIsPrefix(word!), word).toBe(false);
      expect(ukKey(word!)).toBe(key);
    }
  });
});

describe('what a search downloads', () => {
  const dir = join(inject('siteDir'), 'pagefind');

  it('splits the word index into small chunks (Pagefind took our chunk size)', () => {
    // With Pagefind's default this site has 2 chunks, one of 55 KB; with ours, a dozen of about 6 KB.
    const sizes = readdirSync(join(dir, 'index'))
      .map((f) => gunzipSync(readFileSync(join(dir, 'index', f))).length)
      .sort((a, b) => a - b);
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    expect(sizes[sizes.length >> 1]).toBeLessThan(12_000);
  });

  it('ships Pagefind’s script minified, with its API', () => {
    const script = readFileSync(join(dir, 'pagefind.js'), 'utf8');
    expect(script.length).toBeLessThan(36_000);
    expect(script).toMatch(/export\s*\{[^}]*\bcreateInstance\b/);
    expect(script).toContain('import.meta.url');
  });

  it('keeps every index file readable (gzip with Pagefind’s signature)', () => {
    for (const sub of ['index', 'filter', 'fragment']) {
      for (const f of readdirSync(join(dir, sub)))
        expect(
          gunzipSync(readFileSync(join(dir, sub, f)))
            .subarray(0, 12)
            .toString(),
          `${sub}/${f}`,
        ).toBe('pagefind_dcd');
    }
  });
});

describe('an index in parts (the sub-path site, built in three)', () => {
  const sub = inject('subSiteDir');
  const folders = JSON.parse(readFileSync(join(sub, 'pagefind/parts.json'), 'utf8')) as string[];

  it('lists its other parts for the browser, and the site in one part lists none', () => {
    expect(folders).toEqual(['part-1/', 'part-2/']);
    expect(JSON.parse(readFileSync(join(inject('siteDir'), 'pagefind/parts.json'), 'utf8'))).toEqual([]);
  });

  it('holds every record of the whole index once, each part a share of every kind', () => {
    for (const lang of ['en', 'uk']) {
      const whole = fragments(inject('siteDir'), lang).map((r) => r.url);
      const parts = ['', ...folders].map((part) => fragments(sub, lang, part).map((r) => r.url));
      const all = parts.flat().map((url) => url.replace(/^\/explainer\//, '/'));
      expect(all.sort()).toEqual(whole.sort());
      for (const part of parts) expect(part.length).toBeGreaterThan(whole.length / 6);
    }
  });

  it('gives each further part only what a merged index loads: no script, no WebAssembly', () => {
    for (const folder of folders) {
      const files = readdirSync(join(sub, 'pagefind', folder));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
    }
    expect(readdirSync(join(sub, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind']));
  });
});
