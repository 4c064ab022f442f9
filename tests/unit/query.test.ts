/** The query's words as the page a result opens marks them (src/scripts/search/query.ts). */
import { describe, expect, it } from 'vitest';
import { englishMarks, englishQuery, withHighlight } from '../../src/scripts/search/query.ts';

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

describe('an English query as the index spells it', () => {
  it('searches the site’s spelling of a name typed another way', () => {
    expect(englishQuery('Kiev talks')).toBe('Kyiv talks');
    expect(englishQuery('U.S. envoy')).toBe('US envoy');
    expect(englishQuery('the u.s')).toBe('the US');
    expect(englishQuery('U.K. role')).toBe('UK role');
    expect(englishQuery('Zelenskiy and Zelenskyy')).toBe('Zelensky and Zelensky');
  });

  it('marks on the page a result opens the words as the page spells them', () => {
    expect(withHighlight('/people/#volodymyr-zelensky', 'Zelenskiy in Kiev')).toBe(
      '/people/?highlight=zelensky%20in%20kyiv#volodymyr-zelensky',
    );
  });

  it('leaves words that only contain those letters alone', () => {
    for (const query of ['kievan', 'bus', 'us.', 'uk-led', 'Zelensky', 'ukraine', 'sanctions']) {
      expect(englishQuery(query)).toBe(query);
    }
  });
});
