/** Search excerpts without the title the result already shows above them. */
import { describe, expect, it } from 'vitest';
import { withoutLead } from '../../src/scripts/search/excerpt-lead.ts';

describe('an excerpt without its lead', () => {
  it("takes off an entry's title", () => {
    expect(
      withoutLead(
        '<mark>unconditional</mark> <mark>ceasefire</mark>. A halt to fighting that takes effect',
        'unconditional ceasefire',
      ),
    ).toBe('A halt to fighting that takes effect');
  });

  it('takes off the end of a title when the excerpt starts inside it', () => {
    expect(
      withoutLead(
        'a <mark>ceasefire</mark> and lasting peace. Date not given. In an interview, Zelensky said',
        'Zelensky’s interview on a ceasefire and lasting peace',
      ),
    ).toBe('Date not given. In an interview, Zelensky said');
  });

  it("takes off a section's heading, punctuation and all", () => {
    expect(
      withoutLead(
        'What <mark>security</mark> guarantees are proposed? For Ukraine, joining NATO is not on the agenda',
        'What security guarantees are proposed?',
      ),
    ).toBe('For Ukraine, joining NATO is not on the agenda');
  });

  it('works on Ukrainian words', () => {
    expect(
      withoutLead('<mark>Безумовне</mark> припинення вогню. Зупинка бойових дій', 'Безумовне припинення вогню'),
    ).toBe('Зупинка бойових дій');
  });

  it('keeps a highlight that runs on past the words taken off', () => {
    expect(withoutLead('Talks <mark>in London today</mark> went on', 'Talks in London')).toBe(
      '<mark>today</mark> went on',
    );
  });

  it('leaves an excerpt that opens otherwise, or would be left empty', () => {
    const text = 'The report places the talks in London.';
    expect(withoutLead(text, 'Where are the talks?')).toBe(text);
    // One word of the title is not enough to say the excerpt starts inside it.
    expect(withoutLead('talks resumed in London.', 'Where are the talks')).toBe('talks resumed in London.');
    expect(withoutLead('<mark>London</mark>.', 'London')).toBe('<mark>London</mark>.');
    expect(withoutLead('', 'London')).toBe('');
  });
});
