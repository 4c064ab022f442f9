/** The sources loader, run directly with a minimal loader context. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourcesLoader } from '../../src/content/loaders/sources-loader.ts';
import { ROOT } from '../helpers/build-site.ts';

async function load(contentDir: string) {
  const entries = new Map<string, { data: Record<string, unknown> }>();
  const context = {
    store: {
      clear: () => entries.clear(),
      set: (e: { id: string; data: Record<string, unknown> }) => entries.set(e.id, e),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (s: string) => String(s.length),
    config: { root: pathToFileURL(`${ROOT}/`) },
    logger: { warn: () => {}, info: () => {}, error: () => {} },
  };
  await sourcesLoader({ base: join(contentDir, 'sources') }).load(context as never);
  return entries;
}

describe('sources loader', () => {
  it('finds the sources of a content folder whose path has a space in it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'explainer-space-')), 'my content');
    cpSync(join(ROOT, 'tests/fixtures/mini-site'), dir, { recursive: true });
    const entries = await load(dir);
    expect([...entries.keys()]).toEqual(['report']);
    expect(entries.get('report')?.data.title).toBe('A fixture report');
  });
});
