/** The query's words as the page a result opens marks them (src/scripts/search/query.ts). */
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_ASKING,
  englishMarks,
  englishQuery,
  isEnglishFormOf,
  loosen,
  withHighlight,
  withoutAskingWords,
} from '../../src/scripts/search/query.ts';
import { english } from '../../src/scripts/search/strings.ts';
import { UK_ASKING, ukrainian } from '../../src/scripts/search/ukrainian.ts';

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

describe('a question typed as a reader asks it', () => {
  it('searches its words that are not only there to ask', () => {
    expect(withoutAskingWords('who is mediating', ENGLISH_ASKING)).toBe('mediating');
    expect(withoutAskingWords('How long has the war lasted?', ENGLISH_ASKING)).toBe('long war lasted?');
    expect(withoutAskingWords('What did Russia say', ENGLISH_ASKING)).toBe('Russia say');
    expect(english.query('who is the U.S. envoy')).toBe('US envoy');
  });

  it('keeps a query of asking words only, and an exact phrase in quotes', () => {
    expect(withoutAskingWords('who is', ENGLISH_ASKING)).toBe('who is');
    expect(withoutAskingWords('"line of contact"', ENGLISH_ASKING)).toBe('"line of contact"');
    expect(withoutAskingWords('“line of contact”', ENGLISH_ASKING)).toBe('“line of contact”');
    expect(withoutAskingWords('who is ?', ENGLISH_ASKING)).toBe('who is ?');
    expect(withoutAskingWords('What’s the WHO doing', ENGLISH_ASKING)).toBe('WHO doing');
    expect(withoutAskingWords('Zelensky', ENGLISH_ASKING)).toBe('Zelensky');
  });

  it('in Ukrainian too, before each word becomes its key', () => {
    expect(ukrainian.query('хто посередник')).toBe(ukrainian.query('посередник'));
    expect(ukrainian.query('що сказала Росія')).toBe(ukrainian.query('сказала Росія'));
    expect(withoutAskingWords('що таке заморожений конфлікт', UK_ASKING)).toBe('заморожений конфлікт');
    expect(withoutAskingWords('хто', UK_ASKING)).toBe('хто');
  });
});

describe('another try when a query finds nothing', () => {
  it('cuts the longest word by a letter, down to four letters', () => {
    expect(loosen('ceasefire talks')).toBe('ceasefir talks');
    expect(loosen('Crimia')).toBe('Crimi');
    expect(loosen('Crimi')).toBe('Crim');
    expect(loosen('Crim')).toBeUndefined();
    expect(loosen('EU UN')).toBeUndefined();
  });
});

describe('an English word on a page as a form of the one searched', () => {
  it('takes plurals, words typed short and names misspelt at their end', () => {
    expect(isEnglishFormOf('sanctions', 'sanction')).toBe(true);
    expect(isEnglishFormOf('sanction', 'sanctions')).toBe(true);
    expect(isEnglishFormOf('witkoff', 'witkof')).toBe(true);
    expect(isEnglishFormOf('crimea', 'crim')).toBe(true);
    expect(isEnglishFormOf('envoy', 'envoys')).toBe(true);
    expect(isEnglishFormOf('war', 'war')).toBe(true);
    expect(isEnglishFormOf('wars', 'war')).toBe(true);
  });

  it('does not take a word that only begins the same ("put" and "putting" for "putin")', () => {
    expect(isEnglishFormOf('put', 'putin')).toBe(false);
    expect(isEnglishFormOf('putting', 'putin')).toBe(false);
    expect(isEnglishFormOf('deal', 'deadline')).toBe(false);
    expect(isEnglishFormOf('x', 'xyzzy')).toBe(false);
  });
});
