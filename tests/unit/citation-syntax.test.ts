import { describe, expect, it } from 'vitest';
import { scanCitations, sentenceIds } from '../../src/markdown/citation-syntax.ts';

describe('scanCitations', () => {
  it('reads a single sentence, a range and a list', () => {
    const { markers, errors } = scanCitations('A [@src#s3]. B [@src#s4-s6]. C [@a#s1; @b-2#s2-3].');
    expect(errors).toEqual([]);
    expect(markers.map((m) => m.refs.map((r) => [r.source, r.from, r.to]))).toEqual([
      [['src', 3, 3]],
      [['src', 4, 6]],
      [
        ['a', 1, 1],
        ['b-2', 2, 3],
      ],
    ]);
  });

  it('gives offsets so the caller can replace the marker', () => {
    const text = 'Before [@x#s1] after';
    const [m] = scanCitations(text).markers;
    expect(text.slice(m!.start, m!.end)).toBe('[@x#s1]');
  });

  it('ignores text that is not a citation', () => {
    expect(scanCitations('[a link] and @handle and [@ not closed').markers).toEqual([]);
  });

  it.each([
    ['[@src]', 'is not a citation'],
    ['[@src#12]', 'is not a citation'],
    ['[@Src#s1]', 'is not a citation'],
    ['[@src#s1;]', 'is not a citation'],
    ['[@src#s5-s2]', 'runs backwards'],
    ['[@src#s0]', 'runs backwards'],
  ])('reports %s as malformed', (input, problem) => {
    const { markers, errors } = scanCitations(`Text ${input}.`);
    expect(markers).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.problem).toContain(problem);
    expect(errors[0]!.raw).toBe(input);
  });
});

describe('a citation written outside [@…]', () => {
  it.each([
    ['[bloomberg-us-role#s19]', '[bloomberg-us-role#s19]'],
    ['(@bloomberg-us-role#s13)', '@bloomberg-us-role#s13'],
    ['as @kyiv-delegation#s2-s3 says', '@kyiv-delegation#s2-s3'],
    ['[ src#s1; @b#s2]', '[ src#s1; @b#s2]'],
  ])('%s is reported, not printed', (input, raw) => {
    const { markers, errors } = scanCitations(`Text ${input}.`);
    expect(markers).toEqual([]);
    expect(errors.map((e) => [e.raw, e.problem])).toEqual([[raw, expect.stringContaining('not inside [@…]')]]);
  });

  it('leaves a written citation, an address and an e-mail handle alone', () => {
    const text = 'Text [@a#s1; @b#s2], /sources/a/#s1, mail@example.org and #s1 alone.';
    expect(scanCitations(text).errors).toEqual([]);
    expect(scanCitations(text).markers).toHaveLength(1);
  });
});

describe('a citation that cannot be read says what it most likely means', () => {
  it.each([
    ['[@src#s1, @src#s2]', 'separated by ";", not ","'],
    ['[@src#p3]', 'not paragraphs (p3)'],
    ['[@src#S3]', 'written in lower case'],
    ['[@Src#s3]', 'written in lower case'],
    ['[@src #s3]', 'has a space in it'],
    ['[@src#12]', 'with its "s" (s3)'],
  ])('%s', (input, hint) => {
    const { errors } = scanCitations(`Text ${input}.`);
    expect(errors.map((e) => [e.raw, e.problem])).toEqual([[input, expect.stringContaining(hint)]]);
  });

  it('says a citation whose "]" is missing is unclosed, from its "["', () => {
    const { markers, errors } = scanCitations('Text [@src#s18 and more.');
    expect(markers).toEqual([]);
    expect(errors.map((e) => [e.start, e.raw, e.problem])).toEqual([
      [5, '[@src#s18', expect.stringContaining('its closing "]" is missing')],
    ]);
  });
});

describe('sentenceIds', () => {
  it('expands a range', () => {
    expect(sentenceIds({ from: 2, to: 4 })).toEqual(['s2', 's3', 's4']);
  });
});
