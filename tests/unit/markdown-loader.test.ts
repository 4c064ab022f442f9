/** The Markdown collections' loader: what it stores, and what a sync after the last one reads again. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { markdownLoader } from '../../src/content/loaders/markdown-loader.ts';
import { filesStoredAnew } from '../../src/content/synced-entries.ts';

type Entry = Record<string, unknown> & { id: string };

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const note = (title: string, body = 'Text.') => `---\ntitle: ${title}\n---\n\n${body}\n`;

/** A content folder of `files` (name → text) under a project root, each with an old time. */
function folderOf(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'markdown-loader-'));
  const base = join(dir, 'content', 'glossary');
  for (const [name, text] of Object.entries(files)) write(base, name, text);
  return base;
}

function write(base: string, name: string, text: string, when = new Date('2026-01-01T00:00:00Z')) {
  const path = join(base, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, when, when);
}

/**
 * What Astro gives a loader, kept from sync to sync as its data store is: the entries, the meta store, and
 * Markdown's entry type, here a stand-in that counts the files it parses.
 */
function astroStandIn() {
  const entries = new Map<string, Entry>();
  const meta = new Map<string, string>();
  const parsed: string[] = [];
  const logged: string[] = [];
  const context = {
    collection: 'glossary',
    config: { root: pathToFileURL(`${dir}/`) },
    store: {
      get: (id: string) => entries.get(id),
      // As Astro's store: an entry with the digest it holds is not stored again.
      set: (entry: Entry) =>
        entries.get(entry.id)?.digest === entry.digest ? false : (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    logger: { error: (line: string) => logged.push(line), info: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, checked: true }),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    entryTypes: new Map([
      [
        '.md',
        {
          getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
            parsed.push(fileUrl.pathname.split('/').pop()!);
            const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents)!;
            return { data: { title: /title: (.*)/.exec(yaml!)![1] }, body: body! };
          },
          getRenderFunction:
            async () =>
            async ({ body }: { body: string }) => ({ html: `<p>${body.trim()}</p>` }),
        },
      ],
    ]),
  } as unknown as LoaderContext;
  return { context, entries, parsed, logged };
}

describe('the Markdown loader', () => {
  it('stores an entry per file, named by the file, with its data checked and its body rendered', async () => {
    const base = folderOf({ 'ceasefire.md': note('Ceasefire', 'A pause.'), 'more/truce.md': note('Truce') });
    write(base, '_draft.md', note('Draft'));
    const astro = astroStandIn();
    await markdownLoader({ base }).load(astro.context);
    expect([...astro.entries.keys()].sort()).toEqual(['ceasefire', 'truce']);
    expect(astro.entries.get('ceasefire')).toMatchObject({
      data: { title: 'Ceasefire', checked: true },
      body: '\nA pause.\n',
      filePath: 'content/glossary/ceasefire.md',
      rendered: { html: '<p>A pause.</p>' },
    });
  });

  it('keeps no body when asked not to', async () => {
    const base = folderOf({ 'ceasefire.md': note('Ceasefire') });
    const astro = astroStandIn();
    await markdownLoader({ base, retainBody: false }).load(astro.context);
    expect(astro.entries.get('ceasefire')!.body).toBeUndefined();
    expect(astro.entries.get('ceasefire')!.rendered).toEqual({ html: '<p>Text.</p>' });
  });

  it('parses again only the files changed since the last sync, and drops the entries of files gone', async () => {
    const base = folderOf({ 'a.md': note('A'), 'b.md': note('B'), 'c.md': note('C'), 'd.md': note('D') });
    const astro = astroStandIn();
    await markdownLoader({ base }).load(astro.context);
    expect(astro.parsed.sort()).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
    const before = astro.entries.get('a');

    astro.parsed.length = 0;
    write(base, 'b.md', note('B, edited'));
    // The same bytes saved again: read, found the same, not parsed.
    write(base, 'c.md', note('C'), new Date('2026-02-01T00:00:00Z'));
    rmSync(join(base, 'd.md'));
    write(base, 'e.md', note('E'));
    await markdownLoader({ base }).load(astro.context);

    expect(astro.parsed.sort()).toEqual(['b.md', 'e.md']);
    expect([...astro.entries.keys()].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(astro.entries.get('a')).toBe(before);
    expect(astro.entries.get('b')!.data).toEqual({ title: 'B, edited', checked: true });

    // And a sync after that, with nothing changed, parses nothing.
    astro.parsed.length = 0;
    await markdownLoader({ base }).load(astro.context);
    expect(astro.parsed).toEqual([]);
  });

  it('records a file anew once when the folder it is under moved, then keeps it as before', async () => {
    const base = folderOf({ 'a.md': note('A') });
    const astro = astroStandIn();
    await markdownLoader({ base }).load(astro.context);
    // As a sync under another project folder left it: the same entry, under another path.
    const moved = { ...astro.entries.get('a')!, filePath: '../elsewhere/content/glossary/a.md' };
    astro.entries.set('a', moved);

    astro.parsed.length = 0;
    await markdownLoader({ base }).load(astro.context);
    expect(astro.entries.get('a')!.filePath).toBe('content/glossary/a.md');
    expect(astro.parsed).toEqual(['a.md']);
    expect(filesStoredAnew()).toContain(join(base, 'a.md'));

    astro.parsed.length = 0;
    await markdownLoader({ base }).load(astro.context);
    expect(astro.parsed).toEqual([]);
    expect(filesStoredAnew()).not.toContain(join(base, 'a.md'));
  });

  it('refuses two files of the same name in different folders, naming both', async () => {
    const base = folderOf({ 'one/truce.md': note('Truce'), 'two/truce.md': note('Truce again') });
    await expect(markdownLoader({ base }).load(astroStandIn().context)).rejects.toThrow(
      'content/glossary/one/truce.md and content/glossary/two/truce.md have the same name',
    );
  });
});
