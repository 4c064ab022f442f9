/**
 * Astro's own glob loader, run with a minimal dev-server context: a file saved twice in quick succession, the
 * first version slow to render. The entry must end up as the file ends up.
 */
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { LOOK_AGAIN_MS, oneChangeAtATime, queued } from '../../src/content/loaders/one-change-at-a-time.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Entry {
  id: string;
  digest: string;
  filePath: string;
  rendered?: { html: string };
}

async function watchedFolder(wrap: (loader: Loader) => Loader) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-changes-'));
  const file = join(dir, 'brief.md');
  writeFileSync(file, 'first version\n');
  const entries = new Map<string, Entry>();
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  let renders = 0;
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    logger: { warn: () => {}, info: () => {}, error: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (s: string) => s,
    watcher,
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
    entryTypes: new Map([
      [
        '.md',
        {
          getEntryInfo: ({ contents }: { contents: string }) => ({ body: contents, data: {} }),
          getRenderFunction:
            async () =>
            async ({ body }: { body: string }) => {
              renders++;
              // The broken version takes longer than the editor takes to fix it.
              if (body.includes('broken')) await sleep(300);
              return { html: body };
            },
        },
      ],
    ]),
  };
  await wrap(glob({ pattern: '*.md', base: dir })).load(context as never);
  return {
    /** Saves the file and tells the loader, as the dev server's watcher does (unless it drops the event). */
    save(text: string, { told = true } = {}) {
      writeFileSync(file, text);
      if (told) watcher.emit('change', file);
    },
    html: () => entries.get('brief')?.rendered?.html,
    renders: () => renders,
  };
}

describe('file events on the dev server', () => {
  it('leave the entry as the file was last saved, however quickly it is saved again', async () => {
    const site = await watchedFolder(oneChangeAtATime);
    site.save('broken version\n');
    await sleep(50);
    site.save('fixed version\n');
    await sleep(700);
    expect(site.html()).toBe('fixed version\n');
    expect(site.renders()).toBe(3);
  });

  it('end as the file was last saved when the watcher dropped the last save (it passes on one in 50 ms)', async () => {
    const site = await watchedFolder(oneChangeAtATime);
    site.save('broken version\n');
    await sleep(20);
    site.save('fixed version\n', { told: false });
    await sleep(700);
    expect(site.html()).toBe('fixed version\n');
  });

  it('(without the queue Astro keeps the slow first save: when this fails, Astro fixed the race)', async () => {
    const site = await watchedFolder((loader) => loader);
    site.save('broken version\n');
    await sleep(50);
    site.save('fixed version\n');
    await sleep(700);
    expect(site.html()).toBe('broken version\n');
  });

  it('runs listeners in order, past one that fails, and removes one by the function it was given', async () => {
    const emitter = new EventEmitter();
    const watcher = queued(emitter as never);
    const seen: string[] = [];
    const slow = async (name: string) => {
      await sleep(name === 'a' ? 40 : 0);
      seen.push(name);
      if (name === 'b') throw new Error('b fails');
    };
    expect(watcher.on('change', slow)).toBe(watcher);
    for (const name of ['a', 'b', 'c']) emitter.emit('change', name);
    await sleep(100);
    expect(seen).toEqual(['a', 'b', 'c']);
    watcher.off('change', slow);
    emitter.emit('change', 'd');
    await sleep(10);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('runs a change listener again for a file changed since it ran, once, and not for a file unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-look-again-'));
    const [a, b] = [join(dir, 'a.md'), join(dir, 'b.md')];
    writeFileSync(a, 'a');
    writeFileSync(b, 'b');
    const emitter = new EventEmitter();
    const watcher = queued(emitter as never);
    const seen: string[] = [];
    const listener = (path: string) => void seen.push(path);
    watcher.on('change', listener);
    emitter.emit('change', a);
    emitter.emit('change', b);
    await sleep(10);
    writeFileSync(a, 'a, saved again');
    await sleep(3 * LOOK_AGAIN_MS);
    expect(seen).toEqual([a, b, a]);
    // Removed, it is not run again for a change it heard of before.
    emitter.emit('change', b);
    await sleep(10);
    watcher.off('change', listener);
    writeFileSync(b, 'b, saved again');
    await sleep(3 * LOOK_AGAIN_MS);
    expect(seen).toEqual([a, b, a, b]);
  });
});
