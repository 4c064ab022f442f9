/**
 * The site's editions. English is published at the root with its URLs unchanged; every other
 * edition has the same paths under its own prefix (`/uk/articles/…/`). Source pages are shared.
 */
export const LANGS = ['en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** The path prefix of an edition, relative to the base: `''` or `'uk/'`. */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/** The edition a base-relative path belongs to: `uk/glossary/` → uk. */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** `og:locale` and `Intl` locales. */
export const LOCALES: Record<Lang, { intl: string; og: string; name: string }> = {
  en: { intl: 'en-GB', og: 'en_GB', name: 'English' },
  uk: { intl: 'uk-UA', og: 'uk_UA', name: 'Українська' },
};
