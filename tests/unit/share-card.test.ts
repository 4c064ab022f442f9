import { describe, expect, it } from 'vitest';
import { inflateSync, crc32 } from 'node:zlib';
import { pngFromScanlines } from '../../src/publish/share-cards/png.ts';
import { CARD, drawShareCard } from '../../src/publish/share-cards/draw.ts';
import { cachedCardFile, cardText, type ShareCard } from '../../src/publish/share-cards/card.ts';

/** Reads a palette PNG back: its chunks checked against their CRCs, its rows unfiltered, each pixel as RGB. */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  const ihdr = chunks[0]!.data;
  const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
  const palette = chunks[1]!.data;
  const raw = inflateSync(chunks[2]!.data);
  expect(raw.length).toBe(height * (width + 1));
  for (let y = 0; y < height; y++) expect(raw[y * (width + 1)], 'filter byte').toBe(0);
  expect(raw.reduce((a, b) => Math.max(a, b)) * 3, 'indices within the palette').toBeLessThan(palette.length);
  const rgb = (x: number, y: number) => {
    const index = raw[y * (width + 1) + 1 + x]!;
    return [...palette.subarray(index * 3, index * 3 + 3)];
  };
  return { width, height, depth: ihdr[8], colour: ihdr[9], rgb };
}

const PAPER = [0xfd, 0xfc, 0xf9];
const ACCENT = [0x0b, 0x57, 0xa4];
const card = (title: string, dek = 'A dek of a few words.'): ShareCard => ({
  kicker: 'Sanctions',
  title,
  dek,
  site: 'London talks, explained',
});

/** How many pixels of the box are darker than the paper by more than a faint edge. */
function inked(png: Buffer, box: { x: number; y: number; width: number; height: number }): number {
  const { rgb } = decode(png);
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y++)
    for (let x = box.x; x < box.x + box.width; x++) if (rgb(x, y)[0]! < 0x80) n++;
  return n;
}
const TITLE_LINE = { x: 80, y: 150, width: 1100, height: 60 };

describe('pngFromScanlines', () => {
  it('writes a valid palette PNG whose pixels are the scanlines’ colours', () => {
    const palette = [255, 0, 0, 0, 255, 0, 0, 0, 255];
    const png = decode(pngFromScanlines(Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 1]), 3, 2, palette));
    expect([png.width, png.height, png.depth, png.colour]).toEqual([3, 2, 8, 3]);
    expect([png.rgb(0, 0), png.rgb(1, 0), png.rgb(1, 1)]).toEqual([
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
    ]);
  });

  it('refuses scanlines of the wrong length', () => {
    expect(() => pngFromScanlines(new Uint8Array(7), 3, 2, [0, 0, 0])).toThrow(/not 3x2/);
  });
});

describe('drawShareCard', () => {
  it('draws a 1200x630 card: paper, the accent bar, the kicker and a dark title', () => {
    const png = drawShareCard(cardText(card('What is on the table')));
    const back = decode(png);
    expect([back.width, back.height]).toEqual([CARD.width, CARD.height]);
    expect(back.rgb(CARD.width - 1, 0)).toEqual(PAPER);
    expect(back.rgb(CARD.width - 1, CARD.height - 1)).toEqual(PAPER);
    expect(back.rgb(10, 300)).toEqual(ACCENT);
    expect(inked(png, TITLE_LINE)).toBeGreaterThan(3000);
    expect(back.rgb(640, 300), 'below a one-line title').toEqual(PAPER);
    // The kicker in the accent colour (some of its pixels fully covered), in capitals.
    let accent = 0;
    for (let x = 80; x < 300; x++) for (let y = 85; y < 112; y++) if (back.rgb(x, y).join() === ACCENT.join()) accent++;
    expect(accent).toBeGreaterThan(200);
  });

  it('draws the same bytes for the same card, whatever was drawn before', () => {
    const first = drawShareCard(cardText(card('Same words, same card')));
    drawShareCard(cardText(card('Something else entirely, to fill the glyph cache', 'Другий рядок, інші літери.')));
    expect(drawShareCard(cardText(card('Same words, same card'))).equals(first)).toBe(true);
  });

  it('draws Cyrillic letters as themselves, not as the boxes of missing glyphs', () => {
    const kyiv = drawShareCard(cardText(card('Київ')));
    const lviv = drawShareCard(cardText(card('Лвів')));
    const missing = drawShareCard(cardText(card('\uE000\uE000\uE000\uE000')));
    expect(inked(kyiv, TITLE_LINE)).toBeGreaterThan(1000);
    // Two words of four letters drawn as missing glyphs would be the same four boxes.
    expect(kyiv.equals(lviv)).toBe(false);
    expect(kyiv.equals(missing)).toBe(false);
    expect(inked(kyiv, TITLE_LINE)).not.toBe(inked(missing, TITLE_LINE));
  });

  it('keeps the fullest card, three lines of title and of dek, small', () => {
    const long = card(
      'W'.repeat(12) + ' Що на столі в Лондоні і чого хоче кожна сторона'.repeat(3),
      'Зміст. '.repeat(40),
    );
    expect(cardText(long).title).toHaveLength(3);
    expect(cardText(long).dek).toHaveLength(3);
    const png = drawShareCard(cardText(long));
    expect(decode(png).width).toBe(CARD.width);
    expect(png.length).toBeLessThan(120_000);
  });
});

describe('cachedCardFile', () => {
  it('names a card by the words it draws', () => {
    const a = cachedCardFile(cardText(card('One')));
    expect(cachedCardFile(cardText(card('One')))).toBe(a);
    expect(cachedCardFile(cardText(card('Two')))).not.toBe(a);
    expect(cachedCardFile(cardText({ ...card('One'), kicker: 'Energy' }))).not.toBe(a);
  });
});
