/**
 * The Chromium that browser tests, the bench and Lighthouse drive with playwright-core; no browser is ever
 * downloaded. Found in this order: CHROMIUM_PATH, a system Chromium or Chrome on PATH, then the one the npm
 * package @sparticuz/chromium carries (Linux x64 only), so `npm install` alone is enough to run the tests.
 */
import { existsSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import which from 'which';

export interface FoundChromium {
  path: string;
  /** Where it came from, for the one line the tests print. */
  from: string;
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export const NO_CHROMIUM =
  'No Chromium for the browser tests: install one (Debian: apt-get install chromium) ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** What the lookup depends on; tests pass their own. */
export interface Machine {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
}

let found: Promise<FoundChromium> | undefined;

export function findChromium(): Promise<FoundChromium> {
  found ??= locateChromium({ env: process.env, platform: platform(), arch: arch() });
  return found;
}

export async function locateChromium({ env, platform, arch }: Machine): Promise<FoundChromium> {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw quiet(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist.`);
    return { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH' };
  }
  for (const name of SYSTEM_NAMES) {
    const path = which.sync(name, { nothrow: true, path: env.PATH ?? '' });
    if (path) return { path, from: 'the system' };
  }
  if (platform === 'linux' && arch === 'x64') {
    // The package unpacks its brotli-packed binary into the temp folder on first use (a few seconds).
    const { default: packaged } = await import('@sparticuz/chromium');
    return { path: await packaged.executablePath(), from: 'the npm package @sparticuz/chromium' };
  }
  throw quiet(NO_CHROMIUM);
}

/** An error that reports as its one line, without a stack trace pointing into this helper. */
function quiet(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
];

export async function launchBrowser(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_FLAGS });
}
