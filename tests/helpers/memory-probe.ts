/**
 * Runs a few lines in a Node process of their own, with V8 flags (`--expose-gc`), and returns the JSON they print
 * last: for tests of what a heap keeps, which the test runner's own heap would blur.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The lines run after `import * as probed from <module>`. */
export function memoryProbe<T>(module: URL, lines: string[], flags: string[] = ['--expose-gc']): T {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-probe-'));
  try {
    const probe = join(dir, 'probe.ts');
    writeFileSync(probe, [`import * as probed from ${JSON.stringify(fileURLToPath(module))};`, ...lines].join('\n'));
    const run = spawnSync(process.execPath, [...flags, probe], { encoding: 'utf8' });
    if (run.stderr !== '' || run.status !== 0) throw new Error(`the probe failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
