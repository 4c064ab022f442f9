/**
 * A PNG encoder for opaque palette images whose scanlines are already laid out as PNG wants them (one
 * byte a pixel, each row led by its filter byte): all that is left is to compress them and wrap them in
 * chunks.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** `palette` is RGB triples, at most 256 of them; `rows` is `height` rows of a filter byte and `width` indices. */
export function pngFromScanlines(rows: Uint8Array, width: number, height: number, palette: number[]): Buffer {
  if (rows.length !== height * (width + 1)) throw new Error(`${rows.length} bytes are not ${width}x${height}`);
  if (palette.length % 3 !== 0 || palette.length > 256 * 3) throw new Error('a palette is up to 256 RGB triples');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette)),
    // Runs of one index, across the paper and inside strokes, are most of a card: run-length matching finds
    // them as well as a full search, and faster.
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
