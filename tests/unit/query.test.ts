/** The query's words as the page a result opens marks them (src/scripts/search/query.ts). */
import { describe, expect, it } from 'vitest';
import { englishMarks } from '../../src/scripts/search/query.ts';

describe('the English words a result’s page marks', () => {
  it('marks a plural by its singular, as search finds both', () => {
    expect(englishMarks(['envoys', 'guarantees', 'policies', 'talks'])).toEqual([
      'envoy',
      'guarantee',
      'polic',
      'talk',
    ]);
  });

  it('keeps words whose last s is not a plural’s', () => {
    const words = ['us', 'kyiv', 'congress', 'status', 'paris', 'crisis'];
    expect(englishMarks(words)).toEqual(words);
  });

  it('leaves out the common words while the query has others, and keeps them when it has no other', () => {
    expect(englishMarks(['who', 'is', 'the', 'envoy'])).toEqual(['envoy']);
    expect(englishMarks(['de', 'escalation'])).toEqual(['de', 'escalation']);
    expect(englishMarks(['who', 'is'])).toEqual(['who', 'is']);
  });
});
