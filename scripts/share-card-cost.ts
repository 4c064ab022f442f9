/**
 * node scripts/share-card-cost.ts [cards]
 *
 * What one share card costs to draw in a worker: CPU time a card and PNG bytes, over as many cards
 * (300 by default) whose kickers, titles and deks are words of `content/`, English and Ukrainian.
 * The first pass includes what a worker does once (fonts, shaping words, rasterizing glyphs); the
 * later passes are the steady cost. A benchmark, not a test: compare figures from one quiet machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardText } from '../src/publish/share-cards/card.ts';
import { drawShareCard } from '../src/publish/share-cards/draw.ts';

const files = readdirSync('content', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
const words = files.flatMap((f) => readFileSync(join('content', f), 'utf8').match(/[\p{L}’'-]+[,.:;]?/gu) ?? []);
const latin = words.filter((w) => /[a-z]/i.test(w));
const cyrillic = words.filter((w) => /\p{Script=Cyrillic}/u.test(w));

let seed = 1;
const pick = (list: string[]) => list[(seed = (seed * 48271) % 2147483647) % list.length]!;
const phrase = (list: string[], n: number) => Array.from({ length: n }, () => pick(list)).join(' ');
const cards = Array.from({ length: Number(process.argv[2] ?? 300) }, (_, i) => {
  const list = i % 2 ? cyrillic : latin;
  return cardText({ kicker: pick(list), title: phrase(list, 12), dek: phrase(list, 24), site: phrase(list, 4) });
});

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let pass = 1; pass <= 3; pass++) {
  const start = cpuMs();
  const sizes = cards.map((card) => drawShareCard(card).length);
  const perCard = (cpuMs() - start) / cards.length;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const average = kb(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  console.log(
    `pass ${pass}: ${perCard.toFixed(2)} ms CPU a card; PNG ${average} on average, ${kb(Math.max(...sizes))} at most`,
  );
}
