/**
 * Text for the share cards: shaped with fontkit (ligatures, kerning) and drawn from a cache of glyph
 * masks. Each glyph is rasterized once per thread, by resvg from its outline, at a
 * quarter of a pixel of horizontal precision; a card then only copies cached coverage into its pixels.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { openSync, type Font } from 'fontkit';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const FONT_FILES = { sans: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', serif: 'DejaVuSerif.ttf' } as const;
export type Face = keyof typeof FONT_FILES;
const FACES = Object.keys(FONT_FILES) as Face[];

const fonts = new Map<Face, Font>();
function font(face: Face): Font {
  let f = fonts.get(face);
  if (!f) fonts.set(face, (f = openSync(join(fontDir, FONT_FILES[face])) as Font));
  return f;
}

/** Glyphs are placed to 1/PHASES of a pixel across, so a glyph has at most PHASES masks at one size. */
const PHASES = 4;

/** Steps of coverage a mask has: enough for smooth edges, few enough for four inks to share a 256-colour palette. */
export const LEVELS = 64;

/** The pixels a glyph covers, from its pen position on the baseline, each with its coverage (1 to LEVELS - 1). */
export interface Mask {
  dx: Int16Array;
  dy: Int16Array;
  coverage: Uint8Array;
}

/** Draws one glyph from its outline with resvg, shifted right by `phase` (a fraction of a pixel). */
function rasterize(face: Face, size: number, id: number, phase: number): Mask {
  const f = font(face);
  const glyph = f.getGlyph(id);
  const scale = size / f.unitsPerEm;
  const { minX, minY, maxX, maxY } = glyph.bbox;
  if (!(maxX > minX && maxY > minY))
    return { dx: new Int16Array(0), dy: new Int16Array(0), coverage: new Uint8Array(0) };
  const left = Math.floor(phase + minX * scale) - 1;
  const top = Math.floor(-maxY * scale) - 1;
  const width = Math.ceil(phase + maxX * scale) + 1 - left;
  const height = Math.ceil(-minY * scale) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<path transform="translate(${phase - left} ${-top}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/></svg>`;
  const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const dx: number[] = [];
  const dy: number[] = [];
  const coverage: number[] = [];
  for (let i = 0; i < width * height; i++) {
    const level = Math.round((rgba[i * 4 + 3]! * (LEVELS - 1)) / 255);
    if (level === 0) continue;
    dx.push(left + (i % width));
    dy.push(top + Math.floor(i / width));
    coverage.push(level);
  }
  return { dx: Int16Array.from(dx), dy: Int16Array.from(dy), coverage: Uint8Array.from(coverage) };
}

// Keyed by number: a string key for every glyph drawn costs more than the drawing.
const masks = new Map<number, Mask>();
function mask(face: Face, size: number, id: number, quarters: number): Mask {
  const key = ((size * FACES.length + FACES.indexOf(face)) * 0x10000 + id) * PHASES + quarters;
  let m = masks.get(key);
  if (!m) masks.set(key, (m = rasterize(face, size, id, quarters / PHASES)));
  return m;
}

/** A glyph as shaped, in font units: which glyph, how far it moves the pen, and how far off the pen it sits. */
interface Shaped {
  id: number;
  advance: number;
  dx: number;
  dy: number;
}

/**
 * A word's glyphs, shaped by fontkit with the fonts' default features (ligatures, kerning, marks), as resvg
 * shaped text. Shaped once a word per thread: these fonts neither kern against a space nor join across one,
 * so a line is its words' glyphs with spaces between.
 */
const words = new Map<string, Shaped[]>();
function shape(face: Face, word: string): Shaped[] {
  const key = `${face}\n${word}`;
  let shaped = words.get(key);
  if (!shaped) {
    const { glyphs, positions } = font(face).layout(word);
    shaped = glyphs.map((g, i) => ({
      id: g.id,
      advance: positions[i]!.xAdvance,
      dx: positions[i]!.xOffset,
      dy: positions[i]!.yOffset,
    }));
    words.set(key, shaped);
  }
  return shaped;
}

/** One line of text in one face and size; `letterSpacing` is added after every glyph, as in CSS. */
export interface TextRun {
  text: string;
  face: Face;
  size: number;
  x: number;
  baseline: number;
  letterSpacing?: number;
}

/** Lays out a line and hands each glyph's mask, with its pen position in whole pixels, to `draw`. */
export function layOut(run: TextRun, draw: (mask: Mask, x: number, y: number) => void): void {
  const scale = run.size / font(run.face).unitsPerEm;
  const space = shape(run.face, ' ');
  let pen = run.x;
  run.text.split(' ').forEach((word, i) => {
    for (const glyph of i > 0 ? [...space, ...shape(run.face, word)] : shape(run.face, word)) {
      const at = Math.round((pen + glyph.dx * scale) * PHASES);
      const x = Math.floor(at / PHASES);
      draw(mask(run.face, run.size, glyph.id, at - x * PHASES), x, run.baseline - Math.round(glyph.dy * scale));
      pen += glyph.advance * scale + (run.letterSpacing ?? 0);
    }
  });
}
