/** The content index the Markdown plugins read: what it holds, and that it follows edits made in place. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentIndexRead, getContentIndex } from '../../src/content/content-index.ts';
import { copyFixture } from '../helpers/fixture.ts';

describe('content index', () => {
  it('indexes sources with their titles and entries with their titles, summaries and names', () => {
    const index = getContentIndex(copyFixture('mini-site'));
    expect(index.sources.get('report')?.title).toBe('A fixture report');
    expect(index.sources.get('report')?.sentences.has('s2')).toBe(true);
    expect(index.entries.glossary.get('talks')).toEqual({
      id: 'talks',
      title: 'talks',
      summary: 'Meetings to negotiate, here in London.',
      names: ['talks'],
    });
    // A body or role is named in full; only a person also by surname (mentions.ts).
    expect(index.entries.people.get('delegate')?.names).toEqual(['The delegate']);
  });

  it('sees a title edited in place (the folder listing unchanged) once that file is rendered again', () => {
    const dir = copyFixture('mini-site');
    const file = join(dir, 'glossary/talks.md');
    // An editor's save rewrites the file; the folder's own mtime stays as it was.
    const folderTime = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(dir, 'glossary'), folderTime, folderTime);
    expect(getContentIndex(dir).entries.glossary.get('talks')?.title).toBe('talks');
    writeFileSync(file, readFileSync(file, 'utf8').replace('term: talks', 'term: peace talks'));
    utimesSync(join(dir, 'glossary'), folderTime, folderTime);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(getContentIndex(dir, file).entries.glossary.get('talks')?.title).toBe('peace talks');
  });

  it('sees a source title edited in place', () => {
    const dir = copyFixture('mini-site');
    const file = join(dir, 'sources/report.yaml');
    const folderTime = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(dir, 'sources'), folderTime, folderTime);
    expect(getContentIndex(dir).sources.get('report')?.title).toBe('A fixture report');
    writeFileSync(file, readFileSync(file, 'utf8').replace('A fixture report', 'A renamed report'));
    utimesSync(join(dir, 'sources'), folderTime, folderTime);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(getContentIndex(dir).sources.get('report')?.title).toBe('A renamed report');
  });

  it('is handed to a worker thread as read, and read again there once the content changes', async () => {
    const dir = copyFixture('mini-site');
    // What a worker receives: a structured clone, in a module instance of its own.
    const handed = structuredClone(contentIndexRead(dir));
    vi.resetModules();
    const worker = await import('../../src/content/content-index.ts');
    worker.adoptContentIndex(dir, handed);
    expect(worker.getContentIndex(dir)).toBe(handed.index);
    expect(worker.getContentIndex(dir).sources.get('report')?.sentences.has('s2')).toBe(true);
    writeFileSync(join(dir, 'glossary/envoy.md'), '---\nterm: envoy\nsummary: A person sent to talk.\n---\n\nText.\n');
    expect(worker.getContentIndex(dir).entries.glossary.get('envoy')?.title).toBe('envoy');
  });
});
