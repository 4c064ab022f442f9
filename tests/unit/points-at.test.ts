/** What an entry adds to the reference graph: each thing it points at once, at the section it first does. */
import { describe, expect, it } from 'vitest';
import { citedSources, firstCited, linkedEntries, pointsAt } from '../../src/markdown/points-at.ts';
import type { References } from '../../src/markdown/references.ts';

const found: References = {
  citations: [
    { source: 'kyiv', from: 4, to: 5, section: 'talks' },
    { source: 'bloomberg', from: 2, to: 2, section: 'talks' },
    { source: 'kyiv', from: 5, to: 6, section: 'aid' },
    { source: 'kyiv', from: 1, to: 1 },
  ],
  links: [
    { kind: 'glossary', id: 'ceasefire', section: 'aid' },
    { kind: 'article', id: 'brief', hash: 'why', section: 'talks' },
    { kind: 'glossary', id: 'ceasefire', section: 'talks' },
    { kind: 'people', id: 'rubio' },
  ],
};

describe('pointsAt', () => {
  const points = pointsAt(found, [
    { key: 'people:rubio', section: 'aid' },
    { key: 'glossary:sanctions', section: 'end' },
    { key: 'glossary:sanctions', section: 'talks' },
  ]);

  it('lists each sentence cited once, a range as its sentences, at the section first citing it', () => {
    expect(points.cited.map(([key, n]) => [key, n === undefined ? undefined : points.sections[n]])).toEqual([
      ['kyiv#s4', 'talks'],
      ['kyiv#s5', 'talks'],
      ['bloomberg#s2', 'talks'],
      ['kyiv#s6', 'aid'],
      ['kyiv#s1', undefined],
    ]);
  });

  it('lists each entry linked once, and each named once where it is not linked', () => {
    const withSection = ([key, n]: [string, number?]) => [key, n === undefined ? undefined : points.sections[n]];
    expect(points.linked.map(withSection)).toEqual([
      ['glossary:ceasefire', 'aid'],
      ['article:brief', 'talks'],
      ['people:rubio', undefined],
    ]);
    expect(points.named.map(withSection)).toEqual([['glossary:sanctions', 'end']]);
  });

  it('names each section once', () => {
    expect(points.sections).toEqual(['talks', 'aid', 'end']);
  });

  it('survives JSON, as it is kept between builds', () => {
    expect(JSON.parse(JSON.stringify(points))).toEqual(points);
  });

  it('gives the sources cited, the first sentence cited of each, and the entries linked', () => {
    expect(citedSources(points)).toEqual(['kyiv', 'bloomberg']);
    expect([...firstCited(points)]).toEqual([
      ['kyiv', 's4'],
      ['bloomberg', 's2'],
    ]);
    expect(linkedEntries(points)).toEqual([
      ['glossary', 'ceasefire'],
      ['article', 'brief'],
      ['people', 'rubio'],
    ]);
  });

  it('is empty for an entry that points at nothing', () => {
    expect(pointsAt({ citations: [], links: [] })).toEqual({ sections: [], cited: [], linked: [], named: [] });
  });
});
