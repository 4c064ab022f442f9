/** The search index's parts, made by Pagefind in a thread of their own and written from there. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PagefindThread } from '../../src/publish/pagefind-thread.ts';

const dir = mkdtempSync(join(tmpdir(), 'pagefind-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (url: string, words: string) => ({
  url,
  content: `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${words}</h1></main></body></html>`,
});
const pagesIn = (folder: string) =>
  (
    JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: { en: { page_count: number } };
    }
  ).languages.en.page_count;

/** A thread, closed after `use`, with an index given a record and dropped. */
async function withThread(use: (thread: PagefindThread, dropped: number) => Promise<void>): Promise<void> {
  const thread = new PagefindThread([]);
  try {
    const dropped = thread.newIndex();
    thread.add(dropped, [page('/a/', 'dropped words')]);
    thread.discard(dropped);
    await use(thread, dropped);
  } finally {
    await thread.close();
  }
}

describe('the search index’s thread', () => {
  it('writes each index with the records given to it, a dropped one’s records in none', () =>
    withThread(async (thread) => {
      const first = thread.newIndex();
      const merged = thread.newIndex();
      thread.add(first, [page('/b/', 'ceasefire talks')]);
      thread.add(merged, [page('/c/', 'sanctions relief'), page('/d/', 'security guarantees')]);
      thread.add(first, [page('/e/', 'London meeting')]);
      const [one, two] = await Promise.all([
        thread.write(first, join(dir, 'first'), true),
        thread.write(merged, join(dir, 'merged'), false),
      ]);
      expect([one, two]).toEqual([join(dir, 'first'), join(dir, 'merged')]);
      expect([pagesIn(one), pagesIn(two)]).toEqual([2, 2]);
      // Only the first part brings Pagefind's script; a merged one what a merged index loads.
      expect(existsSync(join(one, 'pagefind.js'))).toBe(true);
      expect(existsSync(join(two, 'pagefind.js'))).toBe(false);
    }));

  it('refuses to write an index dropped before its writing was asked for', () =>
    withThread(async (thread, dropped) => {
      await expect(thread.write(dropped, join(dir, 'dropped'), false)).rejects.toThrow('was dropped');
      expect(existsSync(join(dir, 'dropped'))).toBe(false);
    }));

  it('refuses to write once closed, instead of waiting for an answer that never comes', async () => {
    const thread = new PagefindThread([]);
    await thread.close();
    await expect(thread.write(thread.newIndex(), join(dir, 'late'), false)).rejects.toThrow('closed');
  });
});
