/**
 * One card drawn in this thread when it is asked for (the dev server). Builds draw them all in workers
 * (integration.ts), and their own thread never loads the drawing code (fonts, rasterizer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cachedCardFile, cardText, type ShareCard } from './card.ts';
import { drawShareCard } from './draw.ts';
import { writeWhole } from '../../build/write-whole.ts';

export function renderShareCard(card: ShareCard): Buffer {
  const text = cardText(card);
  const cached = cachedCardFile(text);
  if (existsSync(cached)) return readFileSync(cached);
  const png = drawShareCard(text);
  // Whole or not at all: builds reuse this file.
  writeWhole(cached, png);
  return png;
}
