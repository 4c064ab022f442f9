import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/fixture.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { PagesInOrder, type GeneratedPage } from '../../src/publish/rendered-pages.ts';
import { fileStamp } from '../../src/build/file-stamp.ts';

const html = (what: string) => `<!doctype html><html lang="en"><body>${what}</body></html>`;

function collector(base = '/') {
  const got: Array<[string, string]> = [];
  // The pages on disk rather than taken as rendered.
  const fromDisk: string[] = [];
  const pages = new PagesInOrder(base, {
    expect: () => {},
    page: (page) => {
      got.push([page.key, page.html()]);
      if (page.stamp !== undefined) fromDisk.push(page.key);
    },
  });
  return { pages, got, fromDisk };
}

/** A built site holding `files` (path → text). */
const builtSite = tempFolders('rendered-pages-');

describe('pages handed over in the order Astro lists them', () => {
  it('holds a page back until every page listed before it has come', () => {
    const { pages, got } = collector();
    pages.expect(['/', '/articles/a/', '/articles/b/']);
    pages.renderedPage('/articles/b/', html('b'));
    expect(got).toEqual([]);
    pages.renderedPage('/', html('home'));
    expect(got.map(([key]) => key)).toEqual(['']);
    pages.renderedPage('/articles/a/', html('a'));
    expect(got.map(([key]) => key)).toEqual(['', 'articles/a/', 'articles/b/']);
    expect(got[2]![1]).toBe(html('b'));
  });

  it('names pages without the base and with or without slashes alike', () => {
    const { pages, got } = collector('/sub/');
    pages.expect(['/articles/a', '/']);
    pages.renderedPage('/sub/', html('home'));
    pages.renderedPage('/sub/articles/a/', html('a'));
    expect(got.map(([key]) => key)).toEqual(['articles/a/', '']);
  });

  it('tells how many pages to expect before handing any over', () => {
    const told: number[] = [];
    const got: string[] = [];
    const pages = new PagesInOrder('/', {
      expect: (count) => told.push(count, got.length),
      page: (page) => got.push(page.key),
    });
    pages.expect(['/', '/articles/a/', '/articles/a', '/b/']);
    expect(told).toEqual([3, 0]);
  });

  it('tells of each page as it renders, before its turn to be handed over', () => {
    const told: string[] = [];
    const pages = new PagesInOrder('/', {
      expect: () => {},
      rendered: (key, text) => told.push(`rendered ${key} ${text}`),
      page: (page) => told.push(`page ${page.key}`),
    });
    pages.expect(['/a/', '/b/']);
    pages.renderedPage('/b/', 'B');
    pages.renderedPage('/old/', null);
    expect(told).toEqual(['rendered b/ B']);
    pages.renderedPage('/a/', 'A');
    expect(told).toEqual(['rendered b/ B', 'rendered a/ A', 'page a/', 'page b/']);
  });

  it('passes over a path that wrote no page (a redirect) without waiting for it', () => {
    const { pages, got } = collector();
    pages.expect(['/old/', '/new/']);
    pages.renderedPage('/new/', html('new'));
    pages.renderedPage('/old/', null);
    expect(got.map(([key]) => key)).toEqual(['new/']);
  });

  it('reads the pages Astro did not render from the built site, each in its place, and only pages listed', async () => {
    const dir = builtSite({
      'index.html': html('home'),
      'articles/a/index.html': html('a from disk'),
      'articles/b/index.html': html('b'),
      '404.html': html('not found'),
      'moved/index.html': html('written by another step'),
    });
    const { pages, got, fromDisk } = collector();
    pages.expect(['/', '/articles/a/', '/articles/b/', '/404']);
    pages.renderedPage('/', html('home'));
    pages.renderedPage('/articles/b/', html('b rendered'));
    await pages.finish(dir);
    expect(fromDisk).toEqual(['articles/a/', '404/']);
    expect(got).toEqual([
      ['', html('home')],
      ['articles/a/', html('a from disk')],
      ['articles/b/', html('b rendered')],
      ['404/', html('not found')],
    ]);
  });

  it('reads a page on disk only when its HTML is asked for, and stamps it by its file', async () => {
    const dir = builtSite({ 'a/index.html': html('a'), 'b/index.html': html('b') });
    const handed: GeneratedPage[] = [];
    const pages = new PagesInOrder('/', { expect: () => {}, page: (page) => handed.push(page) });
    pages.expect(['/a/', '/b/']);
    await pages.finish(dir);
    expect(handed.map((p) => p.stamp)).toEqual(['a', 'b'].map((p) => fileStamp(join(dir, p, 'index.html'))));
    rmSync(join(dir, 'b/index.html'));
    expect(handed[0]!.html()).toBe(html('a'));
    expect(() => handed[1]!.html()).toThrow(/ENOENT/);
  });

  it('once all are generated, tells the stamp of each page it took as rendered, from its written file', async () => {
    const dir = builtSite({ 'a/index.html': html('a'), 'b/index.html': html('b'), '404.html': html('404') });
    const written: Array<[string, string]> = [];
    const pages = new PagesInOrder('/', {
      expect: () => {},
      page: () => {},
      written: (key, stamp) => written.push([key, stamp]),
    });
    pages.expect(['/a/', '/b/', '/404']);
    pages.renderedPage('/a/', html('a'));
    pages.renderedPage('/404', html('404'));
    expect(written).toEqual([]);
    await pages.finish(dir);
    expect(written).toEqual([
      ['a/', fileStamp(join(dir, 'a/index.html'))],
      ['404/', fileStamp(join(dir, '404.html'))],
    ]);
  });

  it('gives the same pages in the same order whatever rendered and whatever came from the cache', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`p${i}/index.html`, html(`page ${i}`)] as const),
    );
    const dir = builtSite(files);
    const listed = Array.from({ length: 6 }, (_, i) => `/p${i}/`);
    const runs: Array<Array<[string, string]>> = [];
    for (const renderOrder of [[5, 4, 3, 2, 1, 0], [0, 2, 4], []]) {
      const { pages, got } = collector();
      pages.expect(listed);
      for (const i of renderOrder) pages.renderedPage(`/p${i}/`, html(`page ${i}`));
      await pages.finish(dir);
      runs.push(got);
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(runs[0]!.map(([key]) => key)).toEqual(listed.map((p) => p.slice(1)));
  });

  it('reads a large site in slices, letting other work run between them (the Pagefind process is fed)', async () => {
    const count = 200;
    const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}/index.html`, html(`page ${i}`)]));
    const dir = builtSite(files);
    const { pages, got } = collector();
    pages.expect(Array.from({ length: count }, (_, i) => `/p${i}/`));
    let seenMeanwhile = -1;
    setImmediate(() => (seenMeanwhile = got.length));
    await pages.finish(dir);
    expect(seenMeanwhile).toBeGreaterThan(0);
    expect(seenMeanwhile).toBeLessThan(count);
    expect(got.map(([key]) => key)).toEqual(Array.from({ length: count }, (_, i) => `p${i}/`));
  });

  it('tees the HTML of a page Astro renders and returns the same response', async () => {
    const { pages, got } = collector();
    const astro: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => [{ pathname: '/a/', route: {} as never }],
      render: async () => new Response(html('a'), { status: 200, headers: { 'content-type': 'text/html' } }),
    };
    const teeing = pages.teeing(astro);
    await teeing.getStaticPaths();
    const result = await teeing.render(new Request('http://x/a/'), { routeData: {} as never });
    const response = result instanceof Response ? result : result.response;
    expect(await response.text()).toBe(html('a'));
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(got).toEqual([['a/', html('a')]]);
  });

  it('tells its listeners that pages are starting before Astro lists them', async () => {
    const told: string[] = [];
    const pages = new PagesInOrder('/', {
      starting: () => told.push('starting'),
      expect: (count) => told.push(`expect ${count}`),
      page: (page) => told.push(page.key),
    });
    const astro: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => (told.push('listed'), [{ pathname: '/a/', route: {} as never }]),
      render: async () => new Response(html('a'), { status: 200, headers: { 'content-type': 'text/html' } }),
    };
    await pages.teeing(astro).getStaticPaths();
    expect(told).toEqual(['starting', 'listed', 'expect 1']);
  });
});
