/** The build's content store read from its file, not bundled (src/content/store-from-file.ts). */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown, type Plugin as RolldownPlugin } from 'rolldown';
import { STORE_MODULE, contentStoreFromFile } from '../../src/content/store-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A store as devalue flattens it: a Map of one collection of one entry.
const STORE = JSON.stringify([['Map', 1], ['articles', 2], ['Map', 3], ['brief', 4], { id: 3, title: 5 }, 'Brief']);

/** Stands in for Astro's plugin, which comes first and loads the store's text into the module. */
const astroLike: RolldownPlugin = {
  name: 'astro-like',
  resolveId: (id) => (id === 'astro:data-layer-content' ? STORE_MODULE : undefined),
  load: (id) => (id === STORE_MODULE ? `export default JSON.parse(${JSON.stringify(STORE)})` : undefined),
};

/** Bundles a module that imports the store, with Astro's plugin first, and imports the bundle. */
async function bundleAndImport(storeFile: string, name: string): Promise<{ code: string; store: unknown }> {
  const entry = join(dir, `${name}-entry.js`);
  writeFileSync(entry, `import store from 'astro:data-layer-content';\nexport default store;\n`);
  const ours = contentStoreFromFile(storeFile) as unknown as RolldownPlugin;
  const bundle = await rolldown({ input: entry, plugins: [astroLike, ours], platform: 'node', logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    const code = output[0].code;
    const out = join(dir, `${name}-bundle.mjs`);
    writeFileSync(out, code);
    return { code, store: (await import(pathToFileURL(out).href)).default };
  } finally {
    await bundle.close();
  }
}

describe('the content store in the build', () => {
  it('is read from its file when the bundle runs, not carried in the bundle', async () => {
    const file = join(dir, 'data-store.json');
    writeFileSync(file, STORE);
    const { code, store } = await bundleAndImport(file, 'present');
    expect(code).not.toContain('Brief');
    expect(store).toEqual(JSON.parse(STORE));
  });

  it('is an empty store when its file is missing, as Astro makes one', async () => {
    const { store } = await bundleAndImport(join(dir, 'absent', 'data-store.json'), 'absent');
    expect(store).toEqual(new Map());
  });

  it('is left to Astro in the dev server, which reloads it when content changes', () => {
    expect(contentStoreFromFile('/x').apply).toBe('build');
  });
});
