/** Where an article names a term or a person (src/markdown/mentions.ts, remark-mentions.ts), from the parsed text. */
import { describe, expect, it } from 'vitest';
import { namePattern, personNames } from '../../src/markdown/mentions.ts';
import { mentionsIn, sectionTexts } from '../../src/markdown/remark-mentions.ts';
import { parseMarkdown } from '../../src/markdown/syntax.ts';
import type { ContentIndex } from '../../src/content/content-index.ts';

const index = (glossary: Record<string, string[]>, people: Record<string, string[]>) =>
  ({
    entries: {
      glossary: new Map(Object.entries(glossary).map(([id, names]) => [id, { id, title: names[0]!, names }])),
      people: new Map(Object.entries(people).map(([id, names]) => [id, { id, title: names[0]!, names }])),
    },
  }) as unknown as ContentIndex;

describe('the names of a term or person', () => {
  it('are a person’s full name and surname, a body’s full name only', () => {
    expect(personNames('Keir Starmer', 'person')).toEqual(['Keir Starmer', 'Starmer']);
    expect(personNames('Andriy Yermak (head of office)', 'person')).toEqual(['Andriy Yermak', 'Yermak']);
    expect(personNames('European Union', 'organisation')).toEqual(['European Union']);
    // A short surname would match too many words.
    expect(personNames('Li Wu', 'person')).toEqual(['Li Wu']);
  });

  it('match whole words in any case, either apostrophe and any spacing', () => {
    const p = namePattern(['ceasefire', "Kyiv's plan"])!;
    expect(p.test('A Ceasefire now')).toBe(true);
    expect(p.test('the ceasefires')).toBe(false);
    expect(p.test('Kyiv’s  plan')).toBe(true);
    expect(namePattern(['EU'])).toBeUndefined();
  });
});

describe('the mentions of an article', () => {
  const md = [
    'Talk of a ceasefire first [@report#s1].',
    '## Who came',
    'Starmer hosted [the talks](glossary:talks).',
    '## Later',
    'Another ceasefire and Keir Starmer again.',
  ].join('\n\n');

  it('are the sections’ plain text under their heading ids, without citations', () => {
    expect(sectionTexts(parseMarkdown(md))).toEqual([
      { text: 'Talk of a ceasefire first.\n' },
      { id: 'who-came', text: 'Starmer hosted the talks.\n' },
      { id: 'later', text: 'Another ceasefire and Keir Starmer again.\n' },
    ]);
  });

  it('list each term and person once, at the first section that names them', () => {
    const found = mentionsIn(
      sectionTexts(parseMarkdown(md)),
      index(
        { ceasefire: ['ceasefire'], talks: ['talks'], sanctions: ['sanctions'] },
        { starmer: ['Keir Starmer', 'Starmer'] },
      ),
    );
    expect(found).toEqual([
      { key: 'glossary:ceasefire' },
      { key: 'glossary:talks', section: 'who-came' },
      { key: 'people:starmer', section: 'who-came' },
    ]);
  });
});
