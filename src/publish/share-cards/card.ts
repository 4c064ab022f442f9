/**
 * Sharing cards (Open Graph images), drawn at build time: the title and dek
 * on a clean card (draw.ts). Fonts ship with the project (DejaVu, from npm),
 * so every machine draws the same card.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from '../../build/cache-dir.ts';
import { articleSchema } from '../../content/schemas/article.ts';
import { articleTranslationSchema } from '../../content/schemas/translation.ts';
import { DEFAULT_LANG, LANGS, langPrefix, type Lang } from '../../i18n/languages.ts';
import { strings } from '../../i18n/strings.ts';
import { wrapToBox } from '../../visuals/wrap.ts';
import { entryIdOf, markdownFiles } from '../../content/files.ts';
import { readContentFile } from '../../content/content-file.ts';
import type { CardText } from './draw.ts';
import { packageVersion } from '../../build/package-version.ts';

export interface ShareCard {
  kicker: string;
  title: string;
  dek: string;
  site: string;
}

/** The card's words as drawn: the kicker in capitals, the title and dek wrapped to three lines each. */
export function cardText(card: ShareCard): CardText {
  return {
    kicker: card.kicker.toUpperCase(),
    title: wrapToBox(card.title, 30, 3),
    dek: wrapToBox(card.dek, 58, 3),
    site: card.site,
  };
}

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
const CACHE = join(CACHE_DIR, 'share-cards');

/** Goes up with every change in draw.ts or glyphs.ts that changes a card's pixels: cached cards are named by it. */
const DRAWING_VERSION = 2;

// What else decides a card's pixels: the drawing code, the rasterizer and the fonts.
const DRAWN_WITH = [DRAWING_VERSION, packageVersion('@resvg/resvg-js'), packageVersion('dejavu-fonts-ttf')];

/** Where the PNG of this card is (or will be) kept between builds: named by the hash of all that it is drawn from. */
export function cachedCardFile(text: CardText): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([DRAWN_WITH, text]))
    .digest('hex');
  return join(CACHE, `${hash.slice(0, 32)}.png`);
}
