import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWhole } from '../../src/build/write-whole.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('writes the file in its folder, made if need be, leaving no temporary file beside it', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-whole-'));
    const file = join(dir, 'cache', 'record.json');
    writeWhole(file, '{"a":1}');
    writeWhole(file, Buffer.from('{"a":2}'));
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(join(dir, 'cache'))).toEqual(['record.json']);
  });
});
