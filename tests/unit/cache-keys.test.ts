/** Incremental-build keys: the same values and built assets give the same key, a changed asset another. */
import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** cacheKey as a build writing to a site whose `_astro/` holds the given files computes it. */
async function keyWith(assets: string[], ...parts: unknown[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'explainer-keys-'));
  mkdirSync(join(out, '_astro'));
  for (const name of assets) writeFileSync(join(out, '_astro', name), '');
  vi.resetModules();
  vi.stubEnv('EXPLAINER_OUT_DIR', out);
  try {
    const { cacheKey } = await import('../../src/publish/cache-keys.ts');
    return cacheKey(...parts);
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('cache keys', () => {
  const page = { title: 'The brief', rendered: { html: '<p>x</p>' } };

  it('are equal for equal values and assets, in any order of writing', async () => {
    expect(await keyWith(['search.Ab12.js', 'base.Cd34.css'], 'en', page)).toBe(
      await keyWith(['base.Cd34.css', 'search.Ab12.js'], 'en', { ...page }),
    );
  });

  it('change with what the page shows', async () => {
    const assets = ['search.Ab12.js'];
    expect(await keyWith(assets, 'en', page)).not.toBe(await keyWith(assets, 'uk', page));
    expect(await keyWith(assets, 'en', page)).not.toBe(await keyWith(assets, 'en', { ...page, title: 'Brief' }));
  });

  it('change with a script or style, so no page kept from the last build links a file that is gone', async () => {
    expect(await keyWith(['search.Ab12.js'], 'en', page)).not.toBe(await keyWith(['search.Ef56.js'], 'en', page));
  });
});
