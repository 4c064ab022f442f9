/**
 * Sharing cards (Open Graph images), drawn at build time from our own SVG
 * template and rendered to PNG with resvg: the title and dek on a clean card.
 * Fonts ship with the project (DejaVu, from npm), so every machine draws the
 * same card.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf'), join(fontDir, 'DejaVuSerif.ttf')];

export const CARD = { width: 1200, height: 630 } as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Greedy word wrap by an average glyph width; long texts end with an ellipsis. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if ((line ? `${line} ${word}` : word).length <= maxChars) line = line ? `${line} ${word}` : word;
    else {
      if (line) lines.push(line);
      line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

export function shareCardSvg(card: { kicker: string; title: string; dek: string; site: string }): string {
  const title = wrap(card.title, 30, 3);
  const dek = wrap(card.dek, 58, 3);
  const titleY = 200;
  const dekY = titleY + title.length * 72 + 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
  <rect width="100%" height="100%" fill="#fdfcf9"/>
  <rect x="0" y="0" width="24" height="100%" fill="#0b57a4"/>
  <text x="80" y="110" font-family="DejaVu Sans" font-weight="bold" font-size="28" fill="#0b57a4" letter-spacing="2">${escape(card.kicker.toUpperCase())}</text>
  ${title.map((l, i) => `<text x="80" y="${titleY + i * 72}" font-family="DejaVu Sans" font-weight="bold" font-size="60" fill="#1b1b1b">${escape(l)}</text>`).join('\n  ')}
  ${dek.map((l, i) => `<text x="80" y="${dekY + i * 42}" font-family="DejaVu Serif" font-size="32" fill="#444">${escape(l)}</text>`).join('\n  ')}
  <text x="80" y="575" font-family="DejaVu Sans" font-size="26" fill="#555">${escape(card.site)}</text>
</svg>`;
}

// Drawing a card takes ~15 ms; an unchanged card is reused from the build cache.
const CACHE = resolve(process.env.EXPLAINER_CACHE_DIR ?? 'node_modules/.astro', 'share-cards');

/** Renders off the main thread (resvg's thread pool), so cards draw while pages render. */
export async function renderShareCard(card: Parameters<typeof shareCardSvg>[0]): Promise<Buffer> {
  const svg = shareCardSvg(card);
  const cached = join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const image = await renderAsync(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
  const png = image.asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
