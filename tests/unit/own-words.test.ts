/** Source wording passed off as ours: the words compared, the runs of the sources, a copied run found. */
import { describe, expect, it } from 'vitest';
import { RUN, copiedRun, runWords, sourceRuns } from '../../src/content/faithfulness/own-words.ts';

describe('the words a copied run is compared by', () => {
  it('are lower-cased, with one apostrophe and one spelling of the British and American endings', () => {
    expect(runWords('Stabilise, recognised; organisations’ colour; analysed')).toEqual([
      'stabilize',
      'recognized',
      'organizations',
      'color',
      'analyzed',
    ]);
    // Short words keep their letters: "four" is not "for", "rise" is not "rize".
    expect(runWords('Four hours; rise, wise.')).toEqual(['four', 'hours', 'rise', 'wise']);
    expect(runWords('Прем’єр-міністр Великої Британії')).toEqual(["прем'єр", 'міністр', 'великої', 'британії']);
  });
});

describe('a copied run', () => {
  const runs = sourceRuns([
    ['a#s1', 'They mark a new phase in the efforts to find a compromise.'],
    ['a#s2', 'Officials from France, Germany, the UK, and Ukraine will take part.'],
  ]);

  it('is six words in a row of one source sentence', () => {
    expect(RUN).toBe(6);
    expect(copiedRun('Both mark a new phase in the efforts, it says.', runs)).toEqual({
      words: 'mark a new phase in the',
      key: 'a#s1',
    });
    expect(copiedRun('They mark a new phase, it says.', runs)).toBeUndefined();
  });

  it('does not run across two source sentences', () => {
    expect(copiedRun('find a compromise officials from France', runs)).toBeUndefined();
  });

  it('needs two words that are neither names nor short linking words', () => {
    expect(copiedRun('Advisers from France, Germany, the UK and Ukraine.', runs)).toBeUndefined();
    expect(copiedRun('officials from France, Germany, the UK', runs)?.words).toBe(
      'officials from france germany the uk',
    );
  });
});
