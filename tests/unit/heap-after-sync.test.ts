/** The heap content sync grew, handed back before pages are built (src/heap-after-sync.ts). */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASTRO_NODE_FLAGS } from '../../scripts/node-flags.ts';
import { WORTH_RELEASING, releaseFreedHeap } from '../../src/heap-after-sync.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the heap after content sync', () => {
  const MiB = 2 ** 20;
  const holding = (beyondHeap: number) => ({ rss: 400 * MiB + beyondHeap, heapTotal: 400 * MiB });

  it('asks V8 for its memory-reducing collection when the process holds much beyond its heap', () => {
    const calls: unknown[] = [];
    expect(releaseFreedHeap((options) => calls.push(options), holding(WORTH_RELEASING))).toBe(true);
    expect(calls).toEqual([{ type: 'major', execution: 'sync', flavor: 'last-resort' }]);
  });

  it('leaves a process holding little beyond its heap alone (a rebuild, a small site)', () => {
    const calls: unknown[] = [];
    expect(releaseFreedHeap((options) => calls.push(options), holding(WORTH_RELEASING - MiB))).toBe(false);
    expect(calls).toEqual([]);
  });

  it('does nothing where gc is not exposed (a bare `astro build`)', () => {
    expect(releaseFreedHeap(undefined, holding(4 * WORTH_RELEASING))).toBe(false);
  });

  it("gives back the pages an ordinary collection keeps, under Astro's flags", () => {
    // A heap grown and emptied again, as by content sync: a full collection frees the objects but V8 keeps
    // the pages they took; the memory-reducing one gives them back to the system.
    const probe = join(dir, 'probe.ts');
    const module = fileURLToPath(new URL('../../src/heap-after-sync.ts', import.meta.url));
    writeFileSync(
      probe,
      [
        `import { releaseFreedHeap } from ${JSON.stringify(module)};`,
        `const rss = () => process.memoryUsage().rss;`,
        `let kept = [];`,
        `for (let round = 0; round < 20; round++) {`,
        `  kept = [];`,
        `  for (let i = 0; i < 200000; i++) kept.push({ i, text: 'x' + i, pair: [i, i + 1] });`,
        `}`,
        `kept = [];`,
        `globalThis.gc();`,
        `const before = rss();`,
        // Whatever it holds: the threshold is for a build's sizes, not this probe's.
        `const ran = releaseFreedHeap(undefined, process.memoryUsage(), 0);`,
        `console.log(JSON.stringify({ ran, before, after: rss() }));`,
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [...ASTRO_NODE_FLAGS, probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { ran, before, after } = JSON.parse(run.stdout) as { ran: boolean; before: number; after: number };
    expect(ran).toBe(true);
    expect(after).toBeLessThan(before / 2);
  });
});
