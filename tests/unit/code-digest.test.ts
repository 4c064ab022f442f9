import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCKFILE, codeDigest } from '../../src/build/code-digest.ts';
import { ROOT } from '../helpers/build-site.ts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the digest of some code', () => {
  it('changes with a module the code imports, however deep, and not with one it does not', () => {
    dir = mkdtempSync(join(tmpdir(), 'code-digest-'));
    writeFileSync(join(dir, 'entry.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), "export { c as b } from './c.ts';\n");
    writeFileSync(join(dir, 'c.ts'), 'export const c = 1;\n');
    writeFileSync(join(dir, 'other.ts'), 'export const d = 1;\n');
    const before = codeDigest(join(dir, 'entry.ts'));
    writeFileSync(join(dir, 'other.ts'), 'export const d = 2;\n');
    expect(codeDigest(join(dir, 'entry.ts'))).toBe(before);
    writeFileSync(join(dir, 'c.ts'), 'export const c = 2;\n');
    expect(codeDigest(join(dir, 'entry.ts'))).not.toBe(before);
  });

  it("changes with the locked version of a package the code uses, read from the project's lockfile", () => {
    expect(LOCKFILE).toBe(join(ROOT, 'package-lock.json'));
    expect(existsSync(LOCKFILE)).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'code-digest-'));
    writeFileSync(join(dir, 'entry.ts'), "import { a } from 'a';\nexport const b = a;\n");
    const lockfile = join(dir, 'package-lock.json');
    const lock = (version: string) => JSON.stringify({ packages: { 'node_modules/a': { version } } });
    writeFileSync(lockfile, lock('1.0.0'));
    const before = codeDigest(join(dir, 'entry.ts'), lockfile);
    expect(codeDigest(join(dir, 'entry.ts'), lockfile)).toBe(before);
    writeFileSync(lockfile, lock('1.0.1'));
    expect(codeDigest(join(dir, 'entry.ts'), lockfile)).not.toBe(before);
  });

  it('leaves out a package the code takes only types from: running the code erases the import', () => {
    dir = mkdtempSync(join(tmpdir(), 'code-digest-'));
    writeFileSync(
      join(dir, 'entry.ts'),
      "import type { A } from 'a';\nexport type { B } from 'b';\n" +
        "import { type C, c } from 'c';\nexport const x: A = c;\n",
    );
    const lockfile = join(dir, 'package-lock.json');
    const lock = (version: string) =>
      JSON.stringify({ packages: Object.fromEntries(['a', 'b', 'c'].map((n) => [`node_modules/${n}`, { version }])) });
    writeFileSync(lockfile, lock('1.0.0'));
    const before = codeDigest(join(dir, 'entry.ts'), lockfile);
    writeFileSync(
      lockfile,
      JSON.stringify({
        packages: {
          'node_modules/a': { version: '2.0.0' },
          'node_modules/b': { version: '2.0.0' },
          'node_modules/c': { version: '1.0.0' },
        },
      }),
    );
    expect(codeDigest(join(dir, 'entry.ts'), lockfile)).toBe(before);
    // A named import with a type in it still loads its module.
    writeFileSync(lockfile, lock('1.0.1'));
    expect(codeDigest(join(dir, 'entry.ts'), lockfile)).not.toBe(before);
  });

  it('refuses a module that is not there rather than digest nothing', () => {
    expect(() => codeDigest(join(ROOT, 'src/no-such-module.ts'))).toThrow(/no-such-module/);
  });
});
