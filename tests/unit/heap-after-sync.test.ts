/** The heap content sync grew, handed back before pages are built (src/build/heap-after-sync.ts). */
import { describe, expect, it } from 'vitest';
import { ASTRO_NODE_FLAGS } from '../../scripts/node-flags.ts';
import { WORTH_RELEASING, releaseFreedHeap } from '../../src/build/heap-after-sync.ts';
import { memoryProbe } from '../helpers/memory-probe.ts';

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
    const { ran, before, after } = memoryProbe<{ ran: boolean; before: number; after: number }>(
      new URL('../../src/build/heap-after-sync.ts', import.meta.url),
      [
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
        `const ran = probed.releaseFreedHeap(undefined, process.memoryUsage(), 0);`,
        `console.log(JSON.stringify({ ran, before, after: rss() }));`,
      ],
      ASTRO_NODE_FLAGS,
    );
    expect(ran).toBe(true);
    expect(after).toBeLessThan(before / 2);
  });
});
