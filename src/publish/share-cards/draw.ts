/**
 * Draws a share card straight into PNG scanlines of palette indices: four inks on the paper, each in
 * LEVELS steps of coverage, make one 256-colour palette, so a pixel is one byte and text is drawn by
 * writing indices from cached glyph masks (glyphs.ts) over a background made once per thread.
 */
import { LEVELS, layOut, type Face, type TextRun } from './glyphs.ts';
import { pngFromScanlines } from './png.ts';

export const CARD = { width: 1200, height: 630 } as const;

type Rgb = readonly [number, number, number];
const PAPER_RGB: Rgb = [0xfd, 0xfc, 0xf9];
const ACCENT: Rgb = [0x0b, 0x57, 0xa4];
const INKS = { accent: ACCENT, title: [0x1b, 0x1b, 0x1b], dek: [0x44, 0x44, 0x44], site: [0x55, 0x55, 0x55] } as const;
type Ink = keyof typeof INKS;
const BAR_WIDTH = 24;

/** Entry `ink * LEVELS + level` is the ink over the paper at that coverage; entry 0 is the paper itself. */
const PALETTE = Object.values(INKS)
  .flatMap((ink) =>
    Array.from({ length: LEVELS }, (_, level) =>
      ink.map((c, i) => Math.round(PAPER_RGB[i]! + ((c - PAPER_RGB[i]!) * level) / (LEVELS - 1))),
    ),
  )
  .flat();
const base = (ink: Ink) => Object.keys(INKS).indexOf(ink) * LEVELS;
const PAPER = 0;

const STRIDE = CARD.width + 1;

/** The paper with the accent bar down its left edge, as unfiltered scanlines (filter byte 0). */
const background = new Uint8Array(CARD.height * STRIDE);
for (let y = 0; y < CARD.height; y++)
  background.fill(base('accent') + LEVELS - 1, y * STRIDE + 1, y * STRIDE + 1 + BAR_WIDTH);

/** What a card shows, already wrapped into lines. */
export interface CardText {
  kicker: string;
  title: string[];
  dek: string[];
  site: string;
}

type Run = TextRun & { ink: Ink };

/** Where each line goes, in which face, size and ink. */
function runsOf(card: CardText): Run[] {
  const titleY = 200;
  const dekY = titleY + card.title.length * 72 + 30;
  const run = (text: string, baseline: number, face: Face, size: number, ink: Ink): Run => ({
    text,
    x: 80,
    baseline,
    face,
    size,
    ink,
  });
  return [
    { ...run(card.kicker, 110, 'bold', 28, 'accent'), letterSpacing: 2 },
    ...card.title.map((line, i) => run(line, titleY + i * 72, 'bold', 60, 'title')),
    ...card.dek.map((line, i) => run(line, dekY + i * 42, 'serif', 32, 'dek')),
    run(card.site, 575, 'sans', 26, 'site'),
  ];
}

// One card's scanlines at a time, reused: a fresh buffer each card costs more than filling it.
const rows = new Uint8Array(background.length);

export function drawShareCard(card: CardText): Buffer {
  rows.set(background);
  for (const run of runsOf(card)) {
    const ink = base(run.ink);
    layOut(run, ({ dx, dy, coverage }, x, y) => {
      for (let i = 0; i < coverage.length; i++) {
        const px = x + dx[i]!;
        const py = y + dy[i]!;
        if (px < 0 || px >= CARD.width || py < 0 || py >= CARD.height) continue;
        const at = py * STRIDE + 1 + px;
        const level = coverage[i]!;
        const under = rows[at]!;
        if (under === PAPER) rows[at] = ink + level;
        else if (under > ink && under < ink + LEVELS) {
          // Where two glyphs of the same ink overlap, their coverage adds up as paint laid over paint.
          const have = under - ink;
          rows[at] = ink + level + have - Math.round((level * have) / (LEVELS - 1));
        } else rows[at] = ink + level;
      }
    });
  }
  return pngFromScanlines(rows, CARD.width, CARD.height, PALETTE);
}
