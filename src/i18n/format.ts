/**
 * Dates, counts and partial timeline dates in an edition's language, with `Intl` (plural forms from
 * `Intl.PluralRules`, so Ukrainian gets its one / few / many forms).
 */
import { LOCALES, type Lang } from './languages.ts';
import type { TimelineWhen } from '../content/timeline-date.ts';

/** The forms a counted noun takes; English uses `one` and `other`, Ukrainian `one`, `few` and `many` too. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/** The form of a noun after the number `n`: `plural('uk', 3, { one: 'тема', few: 'теми', … })` → "теми". */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALES[lang].intl)));
  return forms[r.select(n)] ?? forms.other;
}

/** `n` and its noun: "3 теми", "5 тем". */
export const countOf = (lang: Lang, n: number, forms: PluralForms): string =>
  `${formatNumber(lang, n)} ${plural(lang, n, forms)}`;

// One formatter per language: making one is costly, and a large site formats a date on every page.
const numbers = new Map<Lang, Intl.NumberFormat>();
const dates = new Map<Lang, Intl.DateTimeFormat>();

export function formatNumber(lang: Lang, n: number): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALES[lang].intl)));
  return f.format(n);
}

// And each date once: a page of a large site lists many, mostly the same few.
const longDates = new Map<string, string>();

/** Our own dates (YYYY-MM-DD: edits, changes, corrections): "2 December 2026", «2 грудня 2026 р.». */
export function longDate(iso: string, lang: Lang): string {
  const key = `${lang} ${iso}`;
  let formatted = longDates.get(key);
  if (formatted === undefined) longDates.set(key, (formatted = formatLongDate(iso, lang)));
  return formatted;
}

function formatLongDate(iso: string, lang: Lang): string {
  let f = dates.get(lang);
  if (!f)
    dates.set(
      lang,
      (f = new Intl.DateTimeFormat(LOCALES[lang].intl, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** A day and month with no year ("21 April", «21 квітня»), or a month alone («квітень»). */
export function dayMonth(lang: Lang, month: number, day?: number): string {
  // 2000 is a leap year, so 29 February formats too; the year itself is never shown.
  const date = new Date(Date.UTC(2000, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', timeZone: 'UTC' }
    : { month: 'long', timeZone: 'UTC' };
  return date.toLocaleDateString(LOCALES[lang].intl, options);
}

/** A full or partial date with a year: «21 квітня 2025 р.», «квітень 2025 р.», «2025 р.». */
export function datedLabel(lang: Lang, year: number, month?: number, day?: number): string {
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (month && day) options.day = 'numeric';
  return date.toLocaleDateString(LOCALES[lang].intl, options);
}

export type { TimelineWhen };
