import { describe, expect, it } from 'vitest';
import { inflateSync, crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { encodeOpaquePng } from '../../src/publish/share-cards/png.ts';
import { RESVG_OPTIONS, shareCardSvg, CARD } from '../../src/publish/share-cards/card.ts';

/** Reads a PNG back: its chunks checked against their CRCs, its pixels inflated. */
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
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks[0]!.data;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    depth: ihdr[8],
    colour: ihdr[9],
    raw: inflateSync(chunks[1]!.data),
  };
}

describe('encodeOpaquePng', () => {
  it("writes a valid RGB PNG whose pixels are the image's", () => {
    const rgba = new Uint8Array([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255,
    ]);
    const png = decode(encodeOpaquePng(rgba, 3, 2));
    expect([png.width, png.height, png.depth, png.colour]).toEqual([3, 2, 8, 2]);
    expect([...png.raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it("encodes a real share card at full size, no bigger than resvg's own PNG allows for", () => {
    const image = new Resvg(
      shareCardSvg({ kicker: 'Sanctions', title: 'What is on the table', dek: 'A dek of a few words.', site: 'Site' }),
      RESVG_OPTIONS,
    ).render();
    const png = encodeOpaquePng(image.pixels, image.width, image.height);
    const back = decode(png);
    expect([back.width, back.height]).toEqual([CARD.width, CARD.height]);
    expect(back.raw.length).toBe(CARD.height * (CARD.width * 3 + 1));
    expect(png.length).toBeLessThan(image.asPng().length * 1.5);
  });
});
