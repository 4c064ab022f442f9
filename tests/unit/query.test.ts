/** The query's words as the page a result opens marks them (src/scripts/search/query.ts). */
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_ASKING,
  answersEnglish,
  englishMarks,
  exactAbbreviation,
  englishQuery,
  isEnglishFormOf,
  loosen,
  oneScript,
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
    expect(withoutAskingWords('How long has the war lasted?', ENGLISH_ASKING)).toBe('war lasted?');
    expect(withoutAskingWords('how many people were at the talks', ENGLISH_ASKING)).toBe('people talks');
    expect(withoutAskingWords('what did Zelensky say about Crimea', ENGLISH_ASKING)).toBe('Zelensky say Crimea');
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
    expect(withoutAskingWords('як довго триває війна', UK_ASKING)).toBe('триває війна');
    expect(withoutAskingWords('скільки часу триває війна', UK_ASKING)).toBe('триває війна');
  });

  it('keeps "long" and «довго» where no "how" or «як» asks with them', () => {
    expect(withoutAskingWords('long-term ceasefire', ENGLISH_ASKING)).toBe('long-term ceasefire');
    expect(withoutAskingWords('a long war', ENGLISH_ASKING)).toBe('long war');
    expect(withoutAskingWords('довго тривала війна', UK_ASKING)).toBe('довго тривала війна');
  });
});

describe('a word typed in two scripts', () => {
  it('is in the script most of its letters are in, a look-alike letter of the other changed', () => {
    expect(oneScript('Рoсія')).toBe('Росія');
    expect(oneScript('Zеlensky')).toBe('Zelensky');
    expect(oneScript('Kyiv Київ Crimea')).toBe('Kyiv Київ Crimea');
    // A letter with no look-alike stays as it is.
    expect(oneScript('Zелensky')).toBe('Zeлensky');
  });
});

describe('a phrase in quotes, and an abbreviation', () => {
  it('searches a phrase in quotes of any kind as Pagefind’s exact phrase in English', () => {
    expect(englishQuery('“line of contact”')).toBe('"line of contact"');
    expect(englishQuery('«frozen conflict»')).toBe('"frozen conflict"');
    expect(english.query('"security guarantees"')).toBe('"security guarantees"');
    // Quotes around part of a query are Pagefind's punctuation, as before.
    expect(englishQuery('the “London” talks')).toBe('the “London” talks');
  });

  it('searches Ukrainian words in quotes by their keys, as any other: the keys make no phrase', () => {
    expect(ukrainian.query('"гарантії безпеки"').trim()).toBe(ukrainian.query('гарантії безпеки'));
    expect(ukrainian.query('«гарантії безпеки»').trim()).toBe(ukrainian.query('гарантії безпеки'));
  });

  it('searches an abbreviation in capitals as that exact word: "UK" is not "Ukraine"', () => {
    expect(exactAbbreviation('UK', 'UK')).toBe('"UK"');
    expect(exactAbbreviation('U.K.', englishQuery('U.K.'))).toBe('"UK"');
    expect(exactAbbreviation('ЄС', ukrainian.query('ЄС'))).toBe('"єс"');
    expect(exactAbbreviation('NATO', 'NATO')).toBe('"NATO"');
  });

  it('leaves a word in lower case (maybe still being typed), a longer word, a number, and several words', () => {
    for (const query of ['uk', 'un', 'Ukraine', 'UKRAINE', '2014', 'US envoy', 'US UK', '"UK"'])
      expect(exactAbbreviation(query, query)).toBe(query);
  });

  it('searches "USA" and "U.S.A." as the sources write it', () => {
    expect(englishQuery('USA')).toBe('US');
    expect(englishQuery('U.S.A. role')).toBe('US role');
    expect(englishQuery('U.S. a deal')).toBe('US a deal');
    expect(englishQuery('usable')).toBe('usable');
  });
});

describe('a result’s marked word as an answer to a word searched', () => {
  it('takes in English the short word of a longer query only as itself or its plural', () => {
    expect(answersEnglish('sea', 'sea', false)).toBe(true);
    expect(answersEnglish('seas', 'sea', false)).toBe(true);
    expect(answersEnglish('war’s', 'war', false)).toBe(true);
    expect(answersEnglish('search', 'sea', false)).toBe(false);
    expect(answersEnglish('delegation', 'de', false)).toBe(false);
  });

  it('takes in English what a short word alone begins: it may be being typed ("Zel")', () => {
    expect(answersEnglish('zelensky', 'zel', true)).toBe(true);
    expect(answersEnglish('sanctions', 'sanction', false)).toBe(true);
  });

  it('takes in Ukrainian a case form, not a word derived from the same stem (збройний, armed, of зброя)', () => {
    const answers = (word: string, searched: string) => ukrainian.answers(word, ukrainian.query(searched), true);
    expect(answers('зброї', 'зброя')).toBe(true);
    expect(answers('збройний', 'зброя')).toBe(false);
    expect(answers('санкціями', 'санкції')).toBe(true);
    expect(answers('києва', 'Київ')).toBe(true);
    expect(answers('україни', 'Україна')).toBe(true);
    expect(answers('погоджена', 'погода')).toBe(false);
    // What search marks on the page is wider: the words related to the searched one.
    expect(ukrainian.isFormOf('збройний', ukrainian.query('зброя'))).toBe(true);
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
