/** The ids a message offers for one that does not exist: the one an editor most likely meant. */
import { describe, expect, it } from 'vitest';
import { closestIds, didYouMean } from '../../src/content/closest-ids.ts';

const PEOPLE = ['marco-rubio', 'rishi-sunak', 'steve-witkoff', 'volodymyr-zelensky', 'ukrainian-delegation'];
const TERMS = ['delegation', 'de-escalation', 'sanctions', 'sanctions-relief', 'crimea'];

describe('closestIds', () => {
  it.each([
    ['Delegation', TERMS, ['delegation']],
    ['delegation/', TERMS, ['delegation']],
    ['delegation.md', TERMS, ['delegation']],
    ['delegations', TERMS, ['delegation']],
    ['sanction', TERMS, ['sanctions']],
    ['sanctions-relie', TERMS, ['sanctions-relief']],
    ['zelensky', PEOPLE, ['volodymyr-zelensky']],
    ['Rishi Sunak', PEOPLE, ['rishi-sunak']],
  ])('offers %s the id meant', (wanted, known, meant) => {
    expect(closestIds(wanted, known)).toEqual(meant);
  });

  it('offers nothing for a word near no id', () => {
    expect(closestIds('ceasefire', TERMS)).toEqual([]);
    expect(didYouMean('ceasefire', TERMS)).toBe('');
  });

  it('says it as a question, in the form the link is written', () => {
    expect(didYouMean('Crimea', TERMS, (id) => `glossary:${id}`)).toBe('did you mean "glossary:crimea"? ');
  });
});
