/**
 * Ukrainian search words (src/scripts/search/uk-words.ts): every case form of a word has the same key,
 * and the key is a prefix of the forms the text may hold (Pagefind matches prefixes), or the index
 * carries it beside the word; results show the text as written again.
 */
import { describe, expect, it } from 'vitest';
import { keyIsPrefix, keyQuery, ukKey, withKeys, withoutKeys } from '../../src/scripts/search/uk-words.ts';
import { ukrainian } from '../../src/scripts/search/ukrainian.ts';

/** Case forms of one word, as our Ukrainian prose uses them. */
const FORMS: string[][] = [
  ['Крим', 'Криму', 'Кримом'],
  ['санкції', 'санкцій', 'санкціями', 'санкціях', 'санкція', 'санкцію'],
  ['Лещенко', 'Лещенка', 'Лещенкові', 'Лещенком', 'Лещенку'],
  ['гарантії', 'гарантій', 'гарантіями', 'гарантіях'],
  ['безпека', 'безпеки', 'безпеці', 'безпекою'],
  ['Лондон', 'Лондона', 'Лондоні', 'Лондоном'],
  ['заморожений', 'замороженого', 'замороженому', 'замороженим'],
  ['конфлікт', 'конфлікту', 'конфліктом', 'конфлікті'],
  ['Зеленський', 'Зеленського', 'Зеленському', 'Зеленським'],
  ['Віткофф', 'Віткоффа', 'Віткоффом'],
  ['Київ', 'Києва', 'Києві', 'Києвом', 'Києву'],
  ['делегація', 'делегації', 'делегацію', 'делегацією'],
  ['переговори', 'переговорів', 'переговорах', 'переговорами'],
  ['Москва', 'Москви', 'Москві', 'Москву'],
  ['цілісність', 'цілісності', 'цілісністю'],
  ['посланець', 'посланця', 'посланцем', 'посланцеві'],
  ['зустріч', 'зустрічі', 'зустріччю', 'зустрічей'],
];

describe('ukKey', () => {
  it.each(FORMS.map((forms) => [forms[0], forms]))('gives every case form of «%s» one key', (_word, forms) => {
    expect(new Set(forms.map(ukKey)).size).toBe(1);
  });

  it('keeps words apart that are different words', () => {
    const keys = FORMS.map((forms) => ukKey(forms[0]!));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps short and indeclinable words, Latin names and numbers whole, in lower case', () => {
    expect(['НАТО', 'США', 'ЄС', 'Bloomberg', 'X', '21', 'Рубіо'].map(ukKey)).toEqual([
      'нато',
      'сша',
      'єс',
      'bloomberg',
      'x',
      '21',
      'рубі',
    ]);
  });

  it('reads the three apostrophes alike', () => {
    expect(ukKey("зобов'язання")).toBe(ukKey('зобов’язання'));
    expect(ukKey('зобовʼязання')).toBe(ukKey('зобов’язання'));
  });

  it('never cuts a word to fewer than three letters', () => {
    for (const w of ['Київ', 'ночі', 'ідея', 'його', 'їхні', 'оці']) expect(ukKey(w).length).toBeGreaterThanOrEqual(3);
  });
});

describe('withKeys (what the Ukrainian index reads)', () => {
  it('adds a key only after a word a prefix search for it would miss', () => {
    expect(keyIsPrefix('санкціями')).toBe(true);
    expect(keyIsPrefix('Криму')).toBe(true);
    expect(keyIsPrefix('Києва')).toBe(false);
    expect(keyIsPrefix('безпеці')).toBe(false);
    expect(withKeys('Делегація з Києва говорила про санкції.')).toBe(
      'Делегація з Києва \u2063київ говорила про санкції.',
    );
    expect(withKeys('гарантії безпеці')).toBe('гарантії безпеці \u2063безпек');
  });

  it('lets every form be found from every other: the query key is a prefix of the form or of its key', () => {
    for (const forms of FORMS)
      for (const query of forms)
        for (const form of forms) {
          const indexed = withKeys(form)
            .toLowerCase()
            .split(' ')
            .map((w) => w.replace('\u2063', ''));
          expect(
            indexed.some((w) => w.startsWith(keyQuery(query))),
            `«${query}» finds «${form}»`,
          ).toBe(true);
        }
  });

  it('leaves English text as it is', () => {
    const text = 'Crimea, sanctions and the line of contact: “security guarantees”.';
    expect(withKeys(text)).toBe(text);
  });
});

describe('withoutKeys (what a reader sees of a result)', () => {
  it('removes the keys, and passes a marked key’s highlight to its word', () => {
    expect(withoutKeys(withKeys('Делегація з Києва прибула до Лондона.'))).toBe(
      'Делегація з Києва прибула до Лондона.',
    );
    expect(withoutKeys('з Києва <mark>\u2063київ</mark> прибула')).toBe('з <mark>Києва</mark> прибула');
    expect(withoutKeys('з <mark>Києва</mark> <mark>\u2063київ</mark> прибула')).toBe('з <mark>Києва</mark> прибула');
    expect(withoutKeys('\u2063київ прибула')).toBe(' прибула');
  });
});

describe('the Ukrainian pack', () => {
  it('searches with the keys of the reader’s words', () => {
    expect(ukrainian.query('гарантій безпеці')).toBe('гарант безпек');
    expect(ukrainian.query('Криму')).toBe('крим');
    expect(ukrainian.query('Rubio НАТО')).toBe('rubio нато');
  });

  it('tells a form of a searched word (for highlighting) from another word', () => {
    expect(ukrainian.isFormOf('санкції', 'санкціями')).toBe(true);
    expect(ukrainian.isFormOf('києва', 'київ')).toBe(true);
    expect(ukrainian.isFormOf('безпеці', 'безпеки')).toBe(true);
    expect(ukrainian.isFormOf('лондоні', 'лондон')).toBe(true);
    expect(ukrainian.isFormOf('крим', 'санкції')).toBe(false);
    expect(ukrainian.isFormOf('лінія', 'лондоні')).toBe(false);
    // «Білий» and its forms, not «більше» or «біль», which begin with the same three letters.
    for (const form of ['білий', 'біла', 'білого', 'білу', 'білі', 'білими'])
      expect(ukrainian.isFormOf(form, 'Білий')).toBe(true);
    for (const other of ['більше', 'біль', 'більшість']) expect(ukrainian.isFormOf(other, 'Білий')).toBe(false);
    expect(ukrainian.isFormOf('вчитель', 'вчителя')).toBe(true);
  });

  it('counts results with Ukrainian plural forms', () => {
    const said = (n: number) => ukrainian.strings.results(n, 'Крим', false).split(' за ')[0];
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101].map(said)).toEqual([
      '1 результат',
      '2 результати',
      '4 результати',
      '5 результатів',
      '11 результатів',
      '12 результатів',
      '14 результатів',
      '21 результат',
      '22 результати',
      '25 результатів',
      '101 результат',
    ]);
    expect(ukrainian.strings.results(3, 'санкції', true)).toBe(
      '3 результати за запитом «санкції» з вибраними фільтрами.',
    );
  });

  it('shows the index’s types in Ukrainian, and unknown values as they are', () => {
    expect(ukrainian.strings.type('Glossary term')).toBe('Термін глосарію');
    expect(ukrainian.strings.type('Санкції')).toBe('Санкції');
  });
});
