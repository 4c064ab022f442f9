import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkContentSyntax } from '../../src/markdown/syntax.ts';
import { remarkToHast } from '../../src/markdown/remark-to-hast.ts';
import { plugins } from '../../src/markdown/processor.ts';
import { readContentFile } from '../../src/content/content-file.ts';
import { getContentIndex } from '../../src/content/content-index.ts';

type Step = typeof remarkToHast | typeof remarkRehype;

/** The conversion alone, on Markdown as our syntax parses it. */
const bare = (step: Step) => unified().use(remarkContentSyntax).use(step).use(rehypeStringify);
const toHtml = (step: Step, markdown: string) => String(bare(step).processSync(markdown));

/** The site's render with one conversion step or the other: our remark plugins before, our rehype plugins after. */
function site(step: Step, contentDir: string) {
  const options = { contentDir, base: '/', index: getContentIndex(contentDir) };
  const { remarkPlugins, rehypePlugins } = plugins(options);
  return unified()
    .use(remarkPlugins as PluggableList)
    .use(step)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify);
}

const markdownIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => resolve(dir, f));

describe('the conversion to HTML makes what remark-rehype makes', () => {
  it('on link references and their definitions, the first of an id winning, at any block depth', () => {
    const markdown = [
      'See [the talks][t], [The Talks][T], [a note][n] and [nothing][missing].',
      '',
      '[t]: https://example.org/one "One"',
      '[T]: https://example.org/two',
      '',
      '> In a quote: [again][q].',
      '>',
      '> [q]: https://example.org/quote',
      '',
      '- an item [in a list][l]',
      '',
      '  [l]: https://example.org/list',
      '',
      '[n]: <https://example.org/a note>',
    ].join('\n');
    const html = toHtml(remarkToHast, markdown);
    expect(html).toBe(toHtml(remarkRehype, markdown));
    expect(html).toContain('href="https://example.org/one" title="One"');
    expect(html).toContain('href="https://example.org/quote"');
    expect(html).toContain('href="https://example.org/list"');
    expect(html).toContain('[nothing][missing]');
  });

  it('on footnotes, tables, strikethrough, code and breaks', () => {
    const markdown = [
      'A claim[^1] and another[^b], the first again[^1].',
      '',
      '| a | b |',
      '|---|---|',
      '| ~~1~~ | `2` |',
      '',
      'Line one  ',
      'line two.',
      '',
      '```',
      'code',
      '```',
      '',
      '[^1]: The note.',
      '[^b]: Another, with [a link](https://example.org).',
    ].join('\n');
    const html = toHtml(remarkToHast, markdown);
    expect(html).toBe(toHtml(remarkRehype, markdown));
    expect(html).toContain('<section data-footnotes');
  });

  it('copies the properties a plugin sets, so that changing the HTML leaves the Markdown tree alone', () => {
    const properties = { className: ['cite-link'], href: '/sources/a/#s1' };
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'emphasis', children: [], data: { hName: 'a', hProperties: properties } }],
        },
      ],
    };
    const hast = remarkToHast()(tree as never, new VFile()) as unknown as {
      children: Array<{ children: Array<{ tagName: string; properties: { className: string[] } }> }>;
    };
    const link = hast.children[0]!.children[0]!;
    expect(link.tagName).toBe('a');
    expect(link.properties).toEqual(properties);
    link.properties.className.push('changed');
    expect(properties.className).toEqual(['cite-link']);
  });

  for (const [name, dir] of [
    ['the real content, in both editions', 'content'],
    ['the Ukrainian edition fixture', 'tests/fixtures/uk-edition'],
  ] as const)
    it(`on ${name}, with every plugin of the site's render`, async () => {
      const contentDir = resolve(dir);
      const files = markdownIn(contentDir).filter((path) => !path.includes(`${join('content', 'checks')}`));
      expect(files.length).toBeGreaterThan(10);
      const ours = site(remarkToHast, contentDir);
      const library = site(remarkRehype, contentDir);
      let citations = 0;
      for (const path of files) {
        const file = readContentFile(path);
        const body = '\n'.repeat(file.bodyLine - 1) + file.body;
        const fileOf = () => new VFile({ value: body, path, data: { astro: { frontmatter: {} } } });
        const a = String(await ours.process(fileOf()));
        const b = String(await library.process(fileOf()));
        expect(a, path).toBe(b);
        citations += a.split('class="cite-link"').length - 1;
      }
      expect(citations).toBeGreaterThan(20);
    });
});
