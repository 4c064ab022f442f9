import { describe, expect, it } from 'vitest';
import { NARROW_FROM, PAUSE_MS, QUIET_MS, SLOW_KEYS_MS, searchDelay } from '../../src/scripts/search/when-to-search.ts';
import { queryWords } from '../../src/scripts/search/query.ts';

describe('when the search box searches as the reader types', () => {
  it('waits for a pause while every word is short, however slowly it is typed', () => {
    for (const typed of ['s', 'sa', 'san', 'eu', 'us un', 'a b c'])
      expect(searchDelay(queryWords(typed), 1_000), typed).toBe(PAUSE_MS);
  });

  it('searches at once for a reader typing at a reading pace once a word is long enough', () => {
    expect(searchDelay(queryWords('sanc'), SLOW_KEYS_MS)).toBe(0);
    expect(searchDelay(queryWords('eu sanctions'), 400)).toBe(0);
    // The first keystroke, or a pasted query, has none before it.
    expect(searchDelay(queryWords('frozen conflict'), Infinity)).toBe(0);
  });

  it('waits a moment for the next keystroke of a fast typist', () => {
    expect(searchDelay(queryWords('sanction'), 30)).toBe(QUIET_MS);
    expect(searchDelay(queryWords('sanction'), SLOW_KEYS_MS - 1)).toBe(QUIET_MS);
  });

  it('counts letters in the query as searched, Ukrainian included', () => {
    expect(searchDelay(queryWords('Крим'), 500)).toBe(0);
    expect(searchDelay(queryWords('ЄС'), 500)).toBe(PAUSE_MS);
    expect('Крим'.length).toBe(NARROW_FROM);
  });
});
