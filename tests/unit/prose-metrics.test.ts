/** The prose measures the build tests apply to the articles: source names per 1,000 words, shared word runs. */
import { describe, expect, it } from 'vitest';
import {
  nameCount,
  namesPerThousandWords,
  sharedRuns,
  wordRuns,
} from '../../src/content/faithfulness/prose-metrics.ts';

describe('source names per 1,000 words', () => {
  const names = ['Bloomberg-based text', 'Bloomberg text', 'Kyiv-focused report'];

  it('counts each use once, the longest name first, never inside another word', () => {
    const text = 'The Bloomberg-based text and the Bloomberg text differ; Bloomberg itself is not a text name.';
    expect(nameCount(text, names)).toBe(2);
    expect(nameCount('The Kyiv-focused reports', names)).toBe(0);
  });

  it('is a rate per 1,000 words', () => {
    const text = `${'word '.repeat(197)}the Kyiv-focused report`;
    expect(namesPerThousandWords(text, names)).toBe(5);
    expect(namesPerThousandWords('', names)).toBe(0);
  });
});

describe('word runs shared between articles', () => {
  it('takes overlapping runs of six words', () => {
    expect(wordRuns('one two three four five six seven')).toEqual([
      'one two three four five six',
      'two three four five six seven',
    ]);
  });

  it('is the share of all runs that also occur in another article', () => {
    const a = 'the envoy met Moscow’s leadership for several hours before the talks';
    const b = 'separately the envoy met Moscow’s leadership for several hours';
    const { share, shared } = sharedRuns(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    // "the envoy met moscow's leadership for" and the next two: 3 shared runs in each text, of 6 + 4 runs.
    expect([...shared.keys()]).toHaveLength(3);
    expect(share).toBeCloseTo(6 / 10);
    expect(sharedRuns(new Map([['a', a]])).share).toBe(0);
  });
});
