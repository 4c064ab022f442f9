import { afterEach, describe, expect, it } from 'vitest';
import { linkSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStamp, stampIfFile } from '../../src/build/file-stamp.ts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("a file's stamp", () => {
  it('is the same for the same file, under another name too (a hard link)', () => {
    dir = mkdtempSync(join(tmpdir(), 'file-stamp-'));
    const file = join(dir, 'a.html');
    writeFileSync(file, 'a');
    const stamp = fileStamp(file);
    expect(fileStamp(file)).toBe(stamp);
    linkSync(file, join(dir, 'b.html'));
    expect(fileStamp(join(dir, 'b.html'))).toBe(stamp);
  });

  it('changes when the file is written again (size or time), or replaced by one of the same bytes and time', () => {
    dir = mkdtempSync(join(tmpdir(), 'file-stamp-'));
    const file = join(dir, 'a.html');
    const when = new Date('2026-01-01T00:00:00Z');
    writeFileSync(file, 'one');
    utimesSync(file, when, when);
    const stamp = fileStamp(file);
    writeFileSync(file, 'two');
    expect(fileStamp(file)).not.toBe(stamp);
    writeFileSync(file, 'longer');
    utimesSync(file, when, when);
    expect(fileStamp(file)).not.toBe(stamp);
    // A new file with the old bytes and time: another inode (the old one is still held by a link).
    linkSync(file, join(dir, 'held.html'));
    rmSync(file);
    writeFileSync(file, 'one');
    utimesSync(file, when, when);
    expect(fileStamp(file)).not.toBe(stamp);
  });

  it('is had in one call where a file may not be there: none for a missing path or a folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'file-stamp-'));
    const file = join(dir, 'a.html');
    writeFileSync(file, 'a');
    expect(stampIfFile(file)).toBe(fileStamp(file));
    expect(stampIfFile(join(dir, 'gone.html'))).toBeUndefined();
    expect(stampIfFile(dir)).toBeUndefined();
  });
});
