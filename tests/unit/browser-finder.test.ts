/** Which Chromium the browser tests get: CHROMIUM_PATH, then the system's on PATH, then the npm package's. */
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateChromium, NO_CHROMIUM } from '../helpers/browser.ts';

/** A folder holding an executable file of this name, as a system browser on PATH would be. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function binDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'browser-finder-'));
  made.push(dir);
  writeFileSync(join(dir, name), '#!/bin/sh\n');
  chmodSync(join(dir, name), 0o755);
  return dir;
}

const linux = { platform: 'linux', arch: 'x64' } as const;

describe('finding a Chromium', () => {
  it('takes CHROMIUM_PATH before a system browser', async () => {
    const dir = binDir('chromium');
    const chosen = join(binDir('my-chrome'), 'my-chrome');
    const found = await locateChromium({ ...linux, env: { CHROMIUM_PATH: chosen, PATH: dir } });
    expect(found).toEqual({ path: chosen, from: 'CHROMIUM_PATH' });
  });

  it('names a CHROMIUM_PATH that does not exist, in one line', async () => {
    const env = { CHROMIUM_PATH: '/nowhere/chromium', PATH: binDir('chromium') };
    const error = await locateChromium({ ...linux, env }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('CHROMIUM_PATH is /nowhere/chromium, which does not exist.');
    expect((error as Error).stack).not.toContain('\n');
  });

  it.each(['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'])(
    'finds a system %s on PATH before the packaged one',
    async (name) => {
      const dir = binDir(name);
      const found = await locateChromium({ ...linux, env: { PATH: `/nonexistent:${dir}` } });
      expect(found).toEqual({ path: join(dir, name), from: 'the system' });
    },
  );

  it('falls back to the Chromium inside @sparticuz/chromium on Linux x64', async () => {
    const found = await locateChromium({ ...linux, env: { PATH: '' } });
    expect(found.from).toBe('the npm package @sparticuz/chromium');
    expect(found.path).toMatch(/chromium$/);
    expect(existsSync(found.path)).toBe(true);
  });

  it('says what to install where no browser can be had', async () => {
    const error = await locateChromium({ platform: 'darwin', arch: 'arm64', env: { PATH: '' } }).catch((e: Error) => e);
    expect((error as Error).message).toBe(NO_CHROMIUM);
    expect((error as Error).stack).not.toContain('\n');
  });
});
