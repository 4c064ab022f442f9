/** Share cards drawn in the background, finished sooner by a second worker at the build's end. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HURRY_FOR, drawInWorkers, type Job } from '../../src/publish/share-cards/integration.ts';
import type { CardText } from '../../src/publish/share-cards/draw.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const standIn = new URL('../helpers/card-worker-stand-in.ts', import.meta.url);

const text = (kicker: string): CardText => ({ kicker, title: ['A title'], dek: ['A dek'], site: 'A site' });
const jobs = (name: string, count: number, kicker = 'ARTICLE'): Job[] =>
  Array.from({ length: count }, (_, n) => ({ text: text(kicker), file: join(dir, name, `${n}.png`) }));
/** The threads that drew the cards. */
const drawers = (cards: Job[]) => new Set(cards.map(({ file }) => readFileSync(file, 'utf8')));

describe('share cards drawn in workers', () => {
  it('draws every card on one worker', async () => {
    const cards = jobs('one', 50);
    await drawInWorkers(cards, standIn).done;
    expect(drawers(cards).size).toBe(1);
  });

  it('shares the cards left with a second worker when hurried', async () => {
    const cards = jobs('hurried', 3 * HURRY_FOR);
    const drawing = drawInWorkers(cards, standIn);
    drawing.hurry();
    drawing.hurry();
    await drawing.done;
    expect(drawers(cards).size).toBe(2);
  });

  it('starts no second worker for fewer cards than repay its start', async () => {
    const cards = jobs('few', HURRY_FOR - 1);
    const drawing = drawInWorkers(cards, standIn);
    drawing.hurry();
    await drawing.done;
    expect(drawers(cards).size).toBe(1);
  });

  it('fails on the first card that cannot be drawn, naming its file', async () => {
    const cards = [...jobs('failing', 3), ...jobs('failing-too', 1, 'FAILS')];
    const drawing = drawInWorkers(cards, standIn);
    drawing.hurry();
    await expect(drawing.done).rejects.toThrow(/failing-too\/0\.png could not be drawn: no glyphs/);
  });

  it('draws on while the build thread is busy, claiming its cards itself', async () => {
    const cards = jobs('busy', 60);
    const drawing = drawInWorkers(cards, standIn);
    // Once the worker has begun, hold this thread as a long synchronous step of the build would.
    while (!existsSync(cards[0]!.file)) await new Promise((next) => setTimeout(next, 5));
    const until = Date.now() + 300;
    while (Date.now() < until);
    // Each card takes a millisecond: a worker handed cards one at a time by this thread would have drawn one.
    expect(cards.filter(({ file }) => existsSync(file)).length).toBeGreaterThan(10);
    await drawing.done;
  });
});
