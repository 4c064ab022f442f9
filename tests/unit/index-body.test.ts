/**
 * What Pagefind is handed of a page (src/publish/index-body.ts): the head and the `data-pagefind-body` element,
 * or the page whole where the rest might be read. Pagefind itself writes the same index from either.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexBody } from '../../src/publish/index-body.ts';
import { UNINDEXED } from '../../src/publish/search-records.ts';

const HEAD = '<head><meta charset="utf-8"><title>Talks in London | Explainer</title></head>';
const page = (body: string, html = '<html lang="en" dir="ltr">') =>
  `<!doctype html>${html}${HEAD}<body><header><nav><a href="/">Home</a> sanctions menu</nav></header>` +
  `${body}<footer>About sanctions and this site</footer><script type="module">go()</script></body></html>`;

const ARTICLE =
  '<main><article class="article" data-pagefind-body data-pagefind-filter="type:Article" ' +
  'data-pagefind-meta="type:Article"><h1>Talks in London</h1><span hidden data-pagefind-filter="topic:Sanctions">' +
  '</span><nav class="toc" data-pagefind-ignore="all">Contents sanctions</nav><section><h2 id="who">Who</h2>' +
  '<p>Delegations meet on <a class="cite-link" href="/sources/a/#s1">1</a> sanctions and a ceasefire.</p>' +
  '<article class="quote"><p>A nested article about guarantees.</p></article></section>' +
  '<aside class="rail" data-pagefind-ignore="all"><span hidden data-pagefind-filter="topic:Rail"></span>' +
  '<aside data-pagefind-ignore="all">Nested</aside><ol data-pagefind-ignore=\'all\'><li>Glossary sanctions</li></ol>' +
  '</aside><p data-pagefind-ignore>Ignored words, indexed filters</p><i data-pagefind-ignore="all"/></article></main>';

describe('indexBody', () => {
  it('keeps the html element and the body element, nested elements of its name included', () => {
    const out = indexBody(page(ARTICLE));
    const element = ARTICLE.slice('<main>'.length, -'</main>'.length)
      .replace(/<nav class="toc".*?<\/nav>/, '')
      .replace(/<aside class="rail".*<\/aside>/, '')
      .replace('<i data-pagefind-ignore="all"/>', '');
    expect(out).toBe(`<!doctype html><html lang="en" dir="ltr"><body>${element}</body></html>`);
    expect(out).not.toContain('menu');
    expect(out).not.toContain('About sanctions');
  });

  it('leaves out what Pagefind skips whole, and keeps what it only keeps out of its word index', () => {
    const out = indexBody(page(ARTICLE));
    for (const skipped of ['Contents', 'topic:Rail', 'Nested', 'Glossary']) expect(out).not.toContain(skipped);
    expect(out).toContain('Ignored words, indexed filters');
    // An ignored element whose end is not there: the element as it is.
    const unclosed = '<div data-pagefind-body><h1>T</h1><aside data-pagefind-ignore="all">Rail</div>';
    expect(indexBody(page(unclosed))).toContain('<aside data-pagefind-ignore="all">Rail</div>');
  });

  it('hands over the page whole where the rest might be read, or the body is not found whole', () => {
    const whole = [
      page('<p>No body marked</p>'),
      page(`${ARTICLE}<div data-pagefind-body>Second</div>`),
      page(`<h1>Title outside</h1>${ARTICLE}`),
      page(`${ARTICLE}<img src="/a.png" alt="">`),
      page(`<span data-pagefind-filter="topic:X"></span>${ARTICLE}`),
      page(`<span data-pagefind-meta="author:Y"></span>${ARTICLE}`),
      page('<div data-pagefind-body><h1>T</h1><div>never closed</div>'),
      page('<div data-pagefind-body><h2>No title</h2></div>'),
      page(ARTICLE).replace('<title>', '<meta data-pagefind-meta="image:/a.png"><title>'),
      page('<div data-pagefind-body><h1>T</h1><!-- </div> -->Text</div>'),
      page('<div data-pagefind-body><h1>T</h1><script>document.write("</div>")</script>Text</div>'),
    ];
    for (const html of whole) expect(indexBody(html)).toBe(html);
  });
});

describe('Pagefind on the body alone', () => {
  const out = mkdtempSync(join(tmpdir(), 'index-body-'));
  afterAll(async () => {
    await pagefind.close();
    rmSync(out, { recursive: true, force: true });
  });

  async function indexOf(pages: Array<[string, string]>, folder: string): Promise<Map<string, string>> {
    const { index } = await pagefind.createIndex({ excludeSelectors: UNINDEXED });
    for (const [url, content] of pages) expect((await index!.addHTMLFile({ url, content })).errors).toEqual([]);
    const dir = join(out, folder);
    expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([]);
    await index!.deleteIndex();
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    return new Map(
      files.map((e) => [
        join(e.parentPath, e.name).slice(dir.length),
        readFileSync(join(e.parentPath, e.name), 'base64'),
      ]),
    );
  }

  it('writes the same index as from the whole pages', async () => {
    const pages: Array<[string, string]> = [
      ['/articles/a/', page(ARTICLE)],
      ['/articles/b/', page(ARTICLE.replace('Talks in London', 'Geneva rounds').replace('ceasefire', 'truce'))],
      ['/uk/articles/a/', page(ARTICLE.replace('Talks in London', 'Переговори'), '<html lang="uk">')],
    ];
    const whole = await indexOf(pages, 'whole');
    const bodies = await indexOf(
      pages.map(([url, html]) => [url, indexBody(html)]),
      'bodies',
    );
    expect(pages.every(([, html]) => indexBody(html).length < html.length)).toBe(true);
    expect([...bodies.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [file, bytes] of whole) expect(bodies.get(file), file).toBe(bytes);
  });
});
