/**
 * "Did you mean": a word that finds nothing, as the site's name or term it is a slip away from
 * (src/scripts/search/typos.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  closest,
  corrected,
  editDistance,
  isNear,
  typoDistance,
  vocabulary,
  type Entries,
} from '../../src/scripts/search/typos.ts';
import { englishKey } from '../../src/scripts/search/query.ts';
import { ukKey } from '../../src/scripts/search/uk-words.ts';

/** Entries as the glossary's and people page's previews.json have them, in each edition. */
const PEOPLE: Entries = {
  'steve-witkoff': { title: 'Steve Witkoff', summary: 'US special envoy; met Moscow’s leadership before the talks' },
  'kit-kellogg': { title: 'Kit Kellogg', summary: 'Named as a participant with ties to Donald Trump’s team' },
  leshchenko: { title: 'Leshchenko', summary: 'Sets out Ukraine’s plans in the Kyiv-focused report' },
  'volodymyr-zelensky': { title: 'Volodymyr Zelensky', summary: 'Spoke with Rishi Sunak. Called for a ceasefire' },
  'marco-rubio': { title: 'Marco Rubio', summary: 'Secretary of State' },
};
const GLOSSARY: Entries = {
  crimea: { title: 'Crimea', summary: 'A place. Sanctions on Moscow may ease.' },
  'unconditional-ceasefire': { title: 'unconditional ceasefire', summary: 'A halt to fighting.' },
  'sanctions-relief': { title: 'sanctions relief', summary: 'Lifting penalties.' },
  'de-escalation': { title: 'de-escalation', summary: 'Lowering tension.' },
  sovereignty: { title: 'sovereignty', summary: 'A state’s authority.' },
};
const UK_PEOPLE: Entries = {
  'kit-kellogg': { title: 'Кіт Келлог', summary: 'Названий учасником, пов’язаним з командою Трампа' },
  leshchenko: { title: 'Лещенко', summary: 'Викладає плани України у звіті, зосередженому на Києві' },
  'volodymyr-zelensky': { title: 'Володимир Зеленський', summary: 'Говорив із Сунаком у Лондоні' },
  'marco-rubio': { title: 'Марко Рубіо', summary: 'Держсекретар' },
};
const UK_GLOSSARY: Entries = {
  crimea: { title: 'Крим', summary: 'Місце, про яке говорить Київ.' },
  sovereignty: { title: 'суверенітет', summary: 'Влада держави.' },
};

const en = vocabulary([GLOSSARY, PEOPLE], englishKey);
const uk = vocabulary([UK_GLOSSARY, UK_PEOPLE], ukKey);

describe('the distance from a typed word to a word', () => {
  it('counts a letter added, left out, changed, or two swapped as one edit', () => {
    expect(editDistance('whitkoff', 'witkoff')).toBe(1);
    expect(editDistance('leschenko', 'leshchenko')).toBe(1);
    expect(editDistance('zelenksy', 'zelensky')).toBe(1);
    expect(editDistance('crimia', 'crimea')).toBe(1);
    expect(editDistance('starmer', 'start')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('measures to the word or its beginning, a word typed short ("Kelog" is a slip from "Kellog…")', () => {
    expect(editDistance('kelog', 'kellogg')).toBe(2);
    expect(typoDistance('kelog', 'kellogg')).toBe(1);
    expect(typoDistance('witkov', 'witkoff')).toBe(1);
  });

  it('tells a result’s word that is the reader’s with a slip from one that only begins the same', () => {
    expect(isNear('crimea', 'crimia')).toBe(true);
    expect(isNear('start', 'starmer')).toBe(false);
    expect(isNear('зеленський', 'зеленскього', ukKey)).toBe(true);
  });
});

describe('the site’s distinctive words', () => {
  it('are the words of titles and the names in summaries, of four letters or more, as written', () => {
    const words = [...en.values()];
    for (const word of ['Steve', 'Witkoff', 'Kellogg', 'Leshchenko', 'Zelensky', 'Crimea', 'ceasefire', 'Moscow'])
      expect(words).toContain(word);
    // Names a summary mentions: not a word that only begins a sentence; a possessive's s left off.
    for (const word of ['Rishi', 'Sunak', 'Donald', 'Trump', 'Kyiv', 'Ukraine']) expect(words).toContain(word);
    for (const word of ['Called', 'Named', 'Sets', 'Lifting', 'Kit', 'US']) expect(words).not.toContain(word);
  });

  it('keep a hyphenated term whole and in its parts, by a key without the hyphen', () => {
    expect(en.get('deescalation')).toBe('de-escalation');
    expect(en.get('escalation')).toBe('escalation');
  });

  it('are keyed in Ukrainian by their case forms’ key, shown as a title (else the first summary) has them', () => {
    expect(uk.get(ukKey('Лещенка'))).toBe('Лещенко');
    expect(uk.get(ukKey('Києва'))).toBe('Київ');
  });
});

describe('a word that finds nothing, as a name or term of the site', () => {
  it('is the one it is a slip away from: a letter too many, too few, changed or swapped', () => {
    const fix = (word: string) => closest(word, en, englishKey);
    expect(fix('Whitkoff')).toBe('Witkoff');
    expect(fix('Zelenksy')).toBe('Zelensky');
    expect(fix('Leschenko')).toBe('Leshchenko');
    expect(fix('Kelog')).toBe('Kellogg');
    expect(fix('Rubeo')).toBe('Rubio');
    expect(fix('seasefire')).toBe('ceasefire');
    expect(fix('soverignty')).toBe('sovereignty');
  });

  it('is no other word: one further off, a short word, or one of the site’s own', () => {
    for (const word of ['Starmer', 'Putin', 'Macron', 'Kharkiv', 'grain', 'Lavrov', 'xyzzyqq', 'sea', 'Crimea'])
      expect(closest(word, en, englishKey), word).toBeUndefined();
  });

  it('in Ukrainian, in any case form, and from the Russian spelling', () => {
    const fix = (word: string) => closest(word, uk, ukKey);
    expect(fix('Келлогг')).toBe('Келлог');
    expect(fix('Келог')).toBe('Келлог');
    expect(fix('Зеленьский')).toBe('Зеленський');
    expect(fix('Зеленский')).toBe('Зеленський');
    expect(fix('Зеленскього')).toBe('Зеленський');
    expect(fix('Лешенко')).toBe('Лещенко');
    expect(fix('Лешенкові')).toBe('Лещенко');
    expect(fix('суверинітет')).toBe('суверенітет');
    expect(fix('Киев')).toBe('Київ');
    expect(fix('Крым')).toBe('Крим');
  });

  it('in Ukrainian, not a word whose short key is close but whose letters are not («Харків» is no «Марко»)', () => {
    for (const word of ['Харків', 'Путін', 'щиросердечність', 'Білий', 'зброя'])
      expect(closest(word, uk, ukKey), word).toBeUndefined();
  });
});

describe('a query with its unknown words put right', () => {
  it('replaces only those words, as the site writes them, keeping the rest as typed', () => {
    expect(corrected('Whitkoff sanctions', ['Whitkoff'], en, englishKey)).toBe('Witkoff sanctions');
    expect(corrected('Zelenksy (Crimea)', ['Zelenksy'], en, englishKey)).toBe('Zelensky (Crimea)');
    expect(corrected('Starmer Kyiv', ['Starmer'], en, englishKey)).toBeUndefined();
  });

  it('joins a word written apart, and parts a word written as two run together', () => {
    expect(corrected('cease fire', ['fire'], en, englishKey)).toBe('ceasefire');
    expect(corrected('de escalation talks', ['escalation'], en, englishKey)).toBe('de-escalation talks');
    expect(corrected('sanctionsrelief', ['sanctionsrelief'], en, englishKey)).toBe('sanctions relief');
    expect(corrected('sanctions-relief', ['sanctions-relief'], en, englishKey)).toBe('sanctions relief');
  });
});
