/**
 * The pages' own words in each edition: every English key has its Ukrainian counterpart, dates and
 * counts read as a Ukrainian newsroom writes them, and a page's counterpart in the other edition.
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/strings.ts';
import { countOf, dayMonth, longDate, plural } from '../../src/i18n/format.ts';
import { formatWhenIn } from '../../src/i18n/when.ts';
import { counterpartUrl, pageLang } from '../../src/i18n/editions-routes.ts';

/** Every leaf of a dictionary, by dotted key, with its kind (a word, a function, a list of so many parts). */
function leaves(value: unknown, key = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') out.set(key, 'function');
  else if (Array.isArray(value)) out.set(key, `list/${value.length}`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [kk, kind] of leaves(v, key ? `${key}.${k}` : k)) out.set(kk, kind);
  else out.set(key, typeof value);
  return out;
}

describe('the string dictionaries', () => {
  it('give Ukrainian every key of English, of the same kind', () => {
    const en = leaves(strings.en);
    const uk = leaves(strings.uk);
    expect(en.size).toBeGreaterThan(100);
    expect(new Map([...uk].sort())).toEqual(new Map([...en].sort()));
  });

  it('are Ukrainian in Ukrainian, with no English word left as is', () => {
    const en = leaves(strings.en);
    for (const [key] of en) {
      const get = (lang: 'en' | 'uk') =>
        key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], strings[lang]);
      const [a, b] = [get('en'), get('uk')];
      // Topic keys and the like are the same only where both are empty (a word English does not need).
      if (typeof a === 'string' && a !== '') expect(b, key).not.toBe(a);
      if (typeof b === 'string' && b !== '') expect(b, key).toMatch(/[а-яіїєґ]/i);
    }
  });
});

describe('Ukrainian counts', () => {
  const topics = { one: 'тема', few: 'теми', many: 'тем', other: 'теми' };
  it('take the plural form Intl.PluralRules gives', () => {
    expect([1, 2, 4, 5, 11, 21, 22, 25, 0].map((n) => countOf('uk', n, topics))).toEqual([
      '1 тема',
      '2 теми',
      '4 теми',
      '5 тем',
      '11 тем',
      '21 тема',
      '22 теми',
      '25 тем',
      '0 тем',
    ]);
    expect(plural('en', 1, { one: 'topic', other: 'topics' })).toBe('topic');
    expect(strings.uk.sources.sentences(14)).toBe('14 речень');
    expect(strings.uk.sources.sentences(3)).toBe('3 речення');
    expect(strings.uk.compare.topicCount(1)).toBe('1 тема');
  });

  it("count an article's earlier corrections in either edition", () => {
    const en = strings.en.correction.earlierBelow;
    const uk = strings.uk.correction.earlierBelow;
    expect([1, 7, 11].map(en)).toEqual([
      'One earlier correction is listed at the end of this article.',
      'Seven earlier corrections are listed at the end of this article.',
      'The 11 earlier corrections are listed at the end of this article.',
    ]);
    expect([1, 2, 5, 21, 22].map(uk)).toEqual([
      'Ще одне попереднє виправлення наведено наприкінці статті.',
      'Ще 2 попередні виправлення наведено наприкінці статті.',
      'Ще 5 попередніх виправлень наведено наприкінці статті.',
      'Ще 21 попереднє виправлення наведено наприкінці статті.',
      'Ще 22 попередні виправлення наведено наприкінці статті.',
    ]);
  });

  it('group thousands with a space, as Ukrainian does', () => {
    expect(countOf('uk', 12345, topics)).toMatch(/^12\s345 тем$/);
  });
});

describe('Ukrainian dates', () => {
  it('write our own dates with the month in the genitive', () => {
    expect(longDate('2026-12-02', 'uk')).toBe('2 грудня 2026 р.');
    expect(longDate('2026-12-02', 'en')).toBe('2 December 2026');
  });

  it('say exactly what the sources leave out', () => {
    expect(formatWhenIn({ date: { month: 4, day: 21 } }, 'uk')).toEqual({
      label: '21 квітня (рік не вказано)',
      precision: 'day',
    });
    expect(formatWhenIn({}, 'uk')).toEqual({ label: 'Дату не вказано', precision: 'unknown' });
    expect(formatWhenIn({ relative: 'найближчими днями' }, 'uk').label).toBe('«найближчими днями», дату не вказано');
    expect(formatWhenIn({ date: { month: 4 } }, 'uk').label).toBe('квітень (рік не вказано)');
    expect(formatWhenIn({ date: { year: 2025, month: 4, day: 21 } }, 'uk')).toEqual({
      label: '21 квітня 2025 р.',
      precision: 'day',
      datetime: '2025-04-21',
    });
    // 29 February with no year is possible (a leap year cannot be ruled out) and formats as such.
    expect(dayMonth('uk', 2, 29)).toBe('29 лютого');
    // English is content/timeline-date.ts's own wording, unchanged.
    expect(formatWhenIn({ date: { month: 4, day: 21 } }, 'en').label).toBe('21 April (year not given)');
  });
});

describe('counterpart pages', () => {
  it('keep the path and the fragment, under the other edition’s prefix', () => {
    expect(counterpartUrl('/articles/what-is-on-the-table/', 'uk')).toBe('/uk/articles/what-is-on-the-table/');
    expect(counterpartUrl('/uk/articles/what-is-on-the-table/', 'en')).toBe('/articles/what-is-on-the-table/');
    expect(counterpartUrl('/uk/', 'en')).toBe('/');
    expect(counterpartUrl('/', 'uk')).toBe('/uk/');
    expect(counterpartUrl('/glossary/#crimea', 'uk')).toBe('/uk/glossary/#crimea');
    expect(counterpartUrl('/uk/articles/2/', 'uk')).toBe('/uk/articles/2/');
  });

  it('tell the edition from the address', () => {
    expect(pageLang('/uk/timeline/')).toBe('uk');
    expect(pageLang('/timeline/')).toBe('en');
    // A page whose first segment merely starts with "uk" is English.
    expect(pageLang('/ukraine-notes/')).toBe('en');
  });
});
