/** Where an article names a term or a person (src/markdown/mentions.ts, remark-mentions.ts), from the parsed text. */
import { describe, expect, it } from 'vitest';
import { mayName, nameCores, namePattern, personNames } from '../../src/markdown/mentions.ts';
import { mentionsIn, sectionTexts } from '../../src/markdown/remark-mentions.ts';
import { parseMarkdown } from '../../src/markdown/syntax.ts';
import { getContentIndex, type ContentIndex } from '../../src/content/content-index.ts';
import { readContentFile } from '../../src/content/content-file.ts';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

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

describe('the look-up that spares most name searches', () => {
  it('finds, in a text a name pattern matches, the longest word of one of the names', () => {
    const names = ['Kit Kellogg', 'Kellogg', "Kyiv's plan", 'O’Brien', 'The G7 leaders', 'Білий дім', 'full-scale'];
    const texts = [
      'said KELLOGG.',
      'kyiv’s  plan',
      "o'brien",
      'the G7 Leaders met',
      'до Білого дому',
      'білий дім',
      'FULL-SCALE',
    ];
    let matched = 0;
    for (const name of names)
      for (const text of texts)
        if (namePattern([name])!.test(text)) {
          matched++;
          expect(mayName(text.toLowerCase(), nameCores([name])), `${name} in ${text}`).toBe(true);
        }
    expect(matched).toBe(6);
    expect(nameCores(['Kit Kellogg', 'The US special envoy'])).toEqual(['kellogg', 'special']);
    expect(mayName('the talks', nameCores(['Kellogg']))).toBe(false);
    // A name with no letter or digit cannot be looked up: its pattern is always tried.
    expect(nameCores(['Kellogg', '#?!'])).toBeUndefined();
    expect(mayName('anything', undefined)).toBe(true);
  });

  it('finds the mentions the name patterns alone find, in every English article', () => {
    const contentDir = resolve('content');
    const real = getContentIndex(contentDir);
    const entries = (['glossary', 'people'] as const).flatMap((kind) =>
      [...real.entries[kind].values()].map((e) => ({ key: `${kind}:${e.id}`, pattern: namePattern(e.names ?? []) })),
    );
    const articles = readdirSync(resolve(contentDir, 'articles')).filter((f) => f.endsWith('.md'));
    let mentions = 0;
    for (const name of articles) {
      const sections = sectionTexts(parseMarkdown(readContentFile(resolve(contentDir, 'articles', name)).body));
      const expected = entries.flatMap(({ key, pattern }) => {
        const section = pattern && sections.find((s) => pattern.test(s.text));
        return section ? [{ key, ...(section.id !== undefined && { section: section.id }) }] : [];
      });
      expect(mentionsIn(sections, real), name).toEqual(expected);
      mentions += expected.length;
    }
    expect(mentions).toBeGreaterThan(30);
  });
});
