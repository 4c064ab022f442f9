/** What a build read of each content file, kept for the next build by the file's stamp. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// An old time, so that a file written again in the test has another.
const WHEN = new Date('2026-01-01T00:00:00Z');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const article = (title: string, body = 'Text.') => `---\ntitle: ${title}\nupdated: 2026-12-02\n---\n\n${body}\n`;

/** A build of its own: the module afresh, as a new process has it, keeping records in `record`. */
async function build(record: string) {
  vi.resetModules();
  const files = await import('../../src/content/content-file.ts');
  files.keepContentFilesIn(record);
  return files;
}

function setUp(text: string) {
  dir = mkdtempSync(join(tmpdir(), 'kept-content-'));
  const path = join(dir, 'brief.md');
  writeFileSync(path, text);
  utimesSync(path, WHEN, WHEN);
  return { path, record: join(dir, 'cache', 'content-files.json') };
}

describe('content files kept between builds', () => {
  it("takes an unchanged file's frontmatter from the last build, reading its text only when asked", async () => {
    const { path, record } = setUp(article('One'));
    const first = await build(record);
    expect(first.readContentFile(path).data).toEqual({ title: 'One', updated: '2026-12-02' });
    first.saveContentFiles();

    // Other bytes in the same file, of the same size and time: only a reading would tell.
    writeFileSync(path, article('Two'));
    utimesSync(path, WHEN, WHEN);
    const next = (await build(record)).readContentFile(path);
    expect(next.data).toEqual({ title: 'One', updated: '2026-12-02' });
    expect(next.bodyLine).toBe(5);
    expect(next.bodyBlank).toBe(false);
    expect(next.bodyDigest).toBeTruthy();
    // Asked for, the text and the lines of fields come from the file.
    expect(next.text).toContain('title: Two');
    expect(next.lineOf(['updated'])).toBe(3);
  });

  it('reads and parses a file written since, and keeps it for the build after', async () => {
    const { path, record } = setUp(article('One'));
    const first = await build(record);
    const before = first.readContentFile(path).bodyDigest;
    first.saveContentFiles();

    writeFileSync(path, article('A new title', '<!-- only a comment -->'));
    const next = await build(record);
    const read = next.readContentFile(path);
    expect(read.data).toEqual({ title: 'A new title', updated: '2026-12-02' });
    expect(read.bodyBlank).toBe(true);
    expect(read.bodyDigest).not.toBe(before);
    next.saveContentFiles();
    expect((await build(record)).readContentFile(path).data).toEqual(read.data);
  });

  it('keeps no file with a mistake: it is read, and reported with its line, every time', async () => {
    const { path, record } = setUp('---\ntitle: "unclosed\n---\n\nText.\n');
    const first = await build(record);
    expect(first.readContentFile(path).problem?.line).toBe(2);
    first.saveContentFiles();
    expect((await build(record)).readContentFile(path).problem?.line).toBe(2);
  });
});
