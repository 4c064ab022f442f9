import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import type { Element, Root } from 'hast';
import { rehypeHeadingSlugs } from '../../src/markdown/rehype-heading-slugs.ts';
import { rehypeExternalLinkRel } from '../../src/markdown/rehype-external-link-rel.ts';
import { rehypeHeadingsList } from '../../src/markdown/rehype-headings-list.ts';

const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .sort();

/** Markdown to HTML through three rehype steps; the HTML and the headings list render() would return. */
async function through(markdown: string, steps: Array<Plugin | [Plugin, unknown]>) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(steps as never)
      .use(rehypeStringify)
      .process(file),
  );
  return { html, headings: (file.data as { astro?: { headings?: unknown[] } }).astro?.headings };
}

const libraries = [rehypeSlug, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }], rehypeHeadingIds] as never;
const ours = [rehypeHeadingSlugs, rehypeExternalLinkRel, rehypeHeadingsList] as never;

describe('our heading ids, external-link rel and headings list do what the libraries did', () => {
  it('has real content to compare', () => expect(files.length).toBeGreaterThan(20));

  it('gives the same HTML and headings on every content file', async () => {
    for (const name of files) {
      const markdown = readFileSync(join('content', name), 'utf8');
      expect(await through(markdown, ours), name).toEqual(await through(markdown, libraries));
    }
  });

  it('gives the same on repeated headings, inline markup in headings and every kind of link', async () => {
    const markdown = [
      '# Talks',
      '## Talks',
      '## Talks',
      '### The *London* `talks`, [again](https://example.org/a)',
      '#### Ceasefire: what “unconditional” means',
      'See [a](https://example.org), [b](http://example.org/x?y=1), [c](//example.org/c), [d](/sources/x/#s1),',
      '[e](#talks-1), [f](mailto:desk@example.org), [g](ftp://example.org/file) and [h](sources/x/).',
    ].join('\n\n');
    const got = await through(markdown, ours);
    expect(got).toEqual(await through(markdown, libraries));
    expect(got.html).toContain('<h2 id="talks-1">');
    expect(got.html).toContain('<a href="//example.org/c" rel="noopener noreferrer">');
    expect(got.html).toContain('<a href="/sources/x/#s1">');
    expect(got.headings).toContainEqual({ depth: 3, slug: 'the-london-talks-again', text: 'The London talks, again' });
  });

  it('keeps an id a heading already has and lists it under that id', () => {
    const heading: Element = { type: 'element', tagName: 'h2', properties: { id: 'kept' }, children: [] };
    heading.children.push({ type: 'text', value: 'A' });
    const tree: Root = { type: 'root', children: [heading] };
    const file = new VFile();
    rehypeHeadingSlugs()(tree);
    rehypeHeadingsList()(tree, file);
    expect(heading.properties.id).toBe('kept');
    expect((file.data as { astro?: { headings?: unknown[] } }).astro?.headings).toEqual([
      { depth: 2, slug: 'kept', text: 'A' },
    ]);
  });
});
