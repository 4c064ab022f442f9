import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/build/package-version.ts';
import { ROOT } from '../helpers/build-site.ts';

const installed = (name: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('packageVersion', () => {
  it('reads a package whose package.json is open to require', () => {
    expect(packageVersion('@resvg/resvg-js')).toBe(installed('@resvg/resvg-js'));
  });

  it('reads a package that only offers `import` and hides its package.json (pagefind)', () => {
    expect(packageVersion('pagefind')).toBe(installed('pagefind'));
  });

  it('reads a package whose exports hide package.json (htmlparser2)', () => {
    expect(packageVersion('htmlparser2')).toBe(installed('htmlparser2'));
  });

  it('reads a package with no entry point at all (fonts)', () => {
    expect(packageVersion('dejavu-fonts-ttf')).toBe(installed('dejavu-fonts-ttf'));
  });

  it('names a package that is not installed', () => {
    expect(() => packageVersion('no-such-package-here')).toThrow(/no-such-package-here/);
  });
});
