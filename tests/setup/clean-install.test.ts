/**
 * `npm ci` is the README's first command and CI's: it refuses a lockfile that no longer matches package.json.
 * Asked for a dry run on a copy of the two files, it answers that question without installing anything.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';

function dryRunCleanInstall(editPackage?: (pkg: Record<string, Record<string, string>>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'clean-install-'));
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(dir, file));
  if (editPackage) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    editPackage(pkg);
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  }
  const args = ['ci', '--dry-run', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'];
  try {
    return spawnSync('npm', args, { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm ci', () => {
  it('accepts the committed lockfile', () => {
    const run = dryRunCleanInstall();
    expect(run.stderr).not.toMatch(/npm error/);
    expect(run.status).toBe(0);
  });

  it('refuses a package.json the lockfile does not match, so the test above can fail', () => {
    const run = dryRunCleanInstall((pkg) => {
      pkg.devDependencies!['left-pad'] = '^1.3.0';
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/in sync/);
  });
});
