/**
 * Sharing cards (Open Graph images), drawn at build time from our own SVG
 * template and rendered to PNG with resvg: the title and dek on a clean card.
 * Fonts ship with the project (DejaVu, from npm), so every machine draws the
 * same card.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { articleSchema } from '../../content/schemas/article.ts';
import { articleTranslationSchema } from '../../content/schemas/translation.ts';
import { DEFAULT_LANG, LANGS, langPrefix, type Lang } from '../../i18n/languages.ts';
import { strings } from '../../i18n/strings.ts';
import { encodeOpaquePng } from './png.ts';
import { wrapToBox } from '../../visuals/wrap.ts';
import { entryIdOf, markdownFiles } from '../../content/files.ts';
import { readContentFile } from '../../content/content-file.ts';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf'), join(fontDir, 'DejaVuSerif.ttf')];

export const CARD = { width: 1200, height: 630 } as const;

export function shareCardSvg(card: { kicker: string; title: string; dek: string; site: string }): string {
  const title = wrapToBox(card.title, 30, 3);
  const dek = wrapToBox(card.dek, 58, 3);
  const titleY = 200;
  const dekY = titleY + title.length * 72 + 30;
  const sans = { fontFamily: 'DejaVu Sans' };
  const svg = s('svg', { xmlns: 'http://www.w3.org/2000/svg', ...CARD, viewBox: `0 0 ${CARD.width} ${CARD.height}` }, [
    s('rect', { width: '100%', height: '100%', fill: '#fdfcf9' }),
    s('rect', { x: 0, y: 0, width: 24, height: '100%', fill: '#0b57a4' }),
    s(
      'text',
      { x: 80, y: 110, ...sans, fontWeight: 'bold', fontSize: 28, fill: '#0b57a4', letterSpacing: 2 },
      card.kicker.toUpperCase(),
    ),
    ...title.map((l, i) =>
      s('text', { x: 80, y: titleY + i * 72, ...sans, fontWeight: 'bold', fontSize: 60, fill: '#1b1b1b' }, l),
    ),
    ...dek.map((l, i) =>
      s('text', { x: 80, y: dekY + i * 42, fontFamily: 'DejaVu Serif', fontSize: 32, fill: '#444' }, l),
    ),
    s('text', { x: 80, y: 575, ...sans, fontSize: 26, fill: '#555' }, card.site),
  ]);
  return toHtml(svg, { space: 'svg' });
}

export const RESVG_OPTIONS = { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } };

export type ShareCard = Parameters<typeof shareCardSvg>[0];

/**
 * Every card the site publishes: one per article (/og/<article>.png) and one for the site (/og/site.png),
 * and the same in each other edition whose folder exists, with its words (/og/uk/<article>.png).
 */
export function shareCardsFor(contentDir: string): Array<{ slug: string; card: ShareCard }> {
  const dir = join(contentDir, 'articles');
  const english = new Map(
    markdownFiles(dir).flatMap((file) => {
      // Read with the collection's own schema (typography included); a file it rejects fails the build
      // elsewhere, with its line.
      const article = articleSchema.safeParse(readContentFile(join(dir, file)).data);
      return article.success ? [[entryIdOf(file), article.data] as const] : [];
    }),
  );
  const edition = (lang: Lang) => {
    const t = strings[lang];
    const site = { kicker: t.site.cardKicker, title: t.site.title, dek: t.site.description, site: t.site.title };
    const cards = [{ slug: `${langPrefix(lang)}site`, card: site }];
    for (const [id, article] of english) {
      let { title, dek } = article;
      if (lang !== DEFAULT_LANG) {
        const file = join(contentDir, lang, 'articles', `${id}.md`);
        const translated = existsSync(file) && articleTranslationSchema.safeParse(readContentFile(file).data);
        // A missing translation is refused by the parity check, naming both files.
        if (!translated || !translated.success) continue;
        ({ title, dek } = translated.data);
      }
      const card = { kicker: t.topics[article.topics[0]!], title, dek, site: t.site.title };
      cards.push({ slug: `${langPrefix(lang)}${id}`, card });
    }
    return cards;
  };
  return LANGS.filter((lang) => lang === DEFAULT_LANG || existsSync(join(contentDir, lang))).flatMap(edition);
}

// An unchanged card is reused from the build cache rather than drawn again.
const CACHE = resolve(process.env.EXPLAINER_CACHE_DIR ?? 'node_modules/.astro', 'share-cards');

/** Where the PNG of this card is (or will be) kept between builds: named by the hash of its SVG. */
export function cachedCardFile(svg: string): string {
  return join(CACHE, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
}

/** Draws one card in this thread (the dev server); builds draw them all in workers (integration.ts). */
export function renderShareCard(card: ShareCard): Buffer {
  const svg = shareCardSvg(card);
  const cached = cachedCardFile(svg);
  if (existsSync(cached)) return readFileSync(cached);
  const image = new Resvg(svg, RESVG_OPTIONS).render();
  const png = encodeOpaquePng(image.pixels, image.width, image.height);
  mkdirSync(CACHE, { recursive: true });
  // Whole or not at all: builds reuse this file.
  writeFileSync(`${cached}.${process.pid}.tmp`, png);
  renameSync(`${cached}.${process.pid}.tmp`, cached);
  return png;
}
