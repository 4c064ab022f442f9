import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { RenderFirst } from '../../src/publish/render-first.ts';
import { PagesInOrder } from '../../src/publish/rendered-pages.ts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const keysFile = () => join((dir = mkdtempSync(join(tmpdir(), 'render-first-'))), 'listed-keys.json');

const listed = (keys: Record<string, string | undefined>) =>
  Object.entries(keys).map(([pathname, cacheKey]) => ({ pathname, cacheKey }));
const paths = (list: Array<{ pathname: string }>) => list.map((p) => p.pathname);

describe('the pages a rebuild will render, listed first', () => {
  it('lists every page in Astro’s order when no build kept its keys', () => {
    const first = new RenderFirst(keysFile());
    expect(paths(first.order(listed({ '/a/': 'k1', '/b/': undefined, '/c/': 'k3' })))).toEqual(['/a/', '/b/', '/c/']);
  });

  it('lists first the pages without a key or with a new one, each group in Astro’s order', () => {
    const file = keysFile();
    const last = new RenderFirst(file);
    last.order(listed({ '/a/': 'k1', '/b/': 'k2', '/c/': 'k3', '/d/': 'k4' }));
    last.save();
    const next = new RenderFirst(file);
    const now = listed({ '/a/': 'k1', '/b/': 'k2 edited', '/c/': 'k3', '/list/': undefined, '/d/': 'k4', '/e/': 'k5' });
    expect(paths(next.order(now))).toEqual(['/b/', '/list/', '/e/', '/a/', '/c/', '/d/']);
  });

  it('leaves the list as it is where two routes list one path (Astro builds the first)', () => {
    const first = new RenderFirst(keysFile());
    const both = [
      { pathname: '/a/', cacheKey: 'k1' },
      { pathname: '/b/', cacheKey: undefined },
      { pathname: '/a/', cacheKey: undefined },
    ];
    expect(first.order(both)).toEqual(both);
    // As Astro compares them: without a trailing slash.
    const slashed = [
      { pathname: '/404', cacheKey: 'k1' },
      { pathname: '/b/', cacheKey: undefined },
      { pathname: '/404/', cacheKey: undefined },
    ];
    expect(first.order(slashed)).toEqual(slashed);
  });

  it('hands pages to the steps that read them in Astro’s own order, whatever order they render in', async () => {
    const file = keysFile();
    const last = new RenderFirst(file);
    last.order(listed({ '/a/': 'k1', '/b/': 'k2' }));
    last.save();
    const got: string[] = [];
    const pages = new PagesInOrder(
      '/',
      { expect: () => {}, page: (page) => got.push(page.key) },
      undefined,
      new RenderFirst(file),
    );
    const astro: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () =>
        listed({ '/a/': 'k1', '/b/': 'k2 edited' }).map((p) => ({ ...p, route: {} as never })),
      render: async (request) =>
        new Response(`<p>${new URL(request.url).pathname}</p>`, { headers: { 'content-type': 'text/html' } }),
    };
    const teeing = pages.teeing(astro);
    const order = paths(await teeing.getStaticPaths());
    expect(order).toEqual(['/b/', '/a/']);
    for (const path of order) await teeing.render(new Request(`http://x${path}`), { routeData: {} as never });
    expect(got).toEqual(['a/', 'b/']);
  });
});
