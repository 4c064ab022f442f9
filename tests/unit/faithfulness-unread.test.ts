/**
 * One mistake in the faithfulness rules' data is reported once, where it is, and judges nothing else meanwhile: a
 * rule file that cannot be read (with its line), a source's .yaml or its translation that cannot be read (the source
 * and translation checks report those), a sentence left untranslated, a paragraph whose citation cannot be read.
 * Before, each of these also reported every sentence that cited the source, wrongly, by the dozen.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/build-site.ts';
import { readFaithfulnessData, readTranslatedFaithfulnessData } from '../../src/content/faithfulness/rule-data.ts';
import { FaithfulnessChecker } from '../../src/content/faithfulness/check.ts';
import { proseSentences } from '../../src/content/faithfulness/prose-sentences.ts';
import { quoteProblems } from '../../src/content/faithfulness/quotes.ts';

/** The two real sources with who says each sentence, the project's rule files, and the Ukrainian ones. */
function rules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faith-unread-'));
  cpSync(join(ROOT, 'tests/fixtures/faith-sources'), dir, { recursive: true });
  for (const f of ['attribution.yaml', 'hedges.yaml', 'outside-facts.yaml'])
    cpSync(join(ROOT, 'content/checks', f), join(dir, 'checks', f));
  mkdirSync(join(dir, 'uk/sources'), { recursive: true });
  cpSync(join(ROOT, 'content/uk/checks'), join(dir, 'uk/checks'), { recursive: true });
  for (const f of ['bloomberg-us-role.yaml', 'kyiv-delegation.yaml'])
    cpSync(join(ROOT, 'content/uk/sources', f), join(dir, 'uk/sources', f));
  return dir;
}

function rewrite(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did not apply: ${file}`);
  writeFileSync(path, after);
}

const problemsOf = (checker: FaithfulnessChecker, markdown: string) =>
  proseSentences(markdown)
    .flatMap((s) => checker.checkSentence(s, 'x.md', s.line))
    .map((e) => e.problem)
    .filter((p) => !p.includes('words in a row'));

const english = (dir: string) => {
  const read = readFaithfulnessData(dir);
  expect(read.errors.map((e) => e.message)).toEqual([]);
  return read.data!;
};

describe('a rule file that cannot be read', () => {
  it('is reported once, at its line, and no rule runs on data it would have given', () => {
    const dir = rules();
    rewrite(dir, 'checks/hedges.yaml', /^ {4}find: \[/m, '    find: ["would, ');
    const { data, errors } = readFaithfulnessData(dir);
    expect(errors.map((e) => [e.file.split('/').slice(-2).join('/'), e.line === undefined, e.problem])).toEqual([
      ['checks/hedges.yaml', false, expect.stringContaining('the YAML cannot be read')],
    ]);
    expect(data).toBeUndefined();
  });

  it("in a translation's rules too", () => {
    const dir = rules();
    rewrite(dir, 'uk/checks/speakers.yaml', /^ {4}label:/m, '  label:');
    const { data, errors } = readTranslatedFaithfulnessData(dir, 'uk', english(dir));
    expect(errors.map((e) => [e.file.split('/').slice(-3).join('/'), e.line])).toEqual([
      ['uk/checks/speakers.yaml', 9],
    ]);
    expect(data).toBeUndefined();
  });
});

describe("a source's .yaml that cannot be read", () => {
  it('is left to the source check, and no credit or hedge is judged against what it would say', () => {
    const dir = rules();
    const checker = new FaithfulnessChecker(english(dir));
    const credit = 'Bloomberg reports that senior figures will represent the states [@bloomberg-us-role#s2].';
    expect(problemsOf(checker, credit)).toEqual([expect.stringContaining('credits Bloomberg')]);
    rewrite(dir, 'sources/bloomberg-us-role.yaml', /^ {2}s7: (.*)$/m, '  s7: $1\n  s7: $1');
    const { data, errors } = readFaithfulnessData(dir);
    expect(errors).toEqual([]);
    expect(data!.sources.get('bloomberg-us-role')!.unread).toBe(true);
    expect(problemsOf(new FaithfulnessChecker(data!), credit)).toEqual([]);
  });
});

describe("a source's translation that cannot be read, or a sentence left untranslated", () => {
  const quote = 'Київський звіт згадує «брифінги з Лондона» [@kyiv-delegation#s8].';

  it('judges no quote against the translation meanwhile', () => {
    const dir = rules();
    const en = english(dir);
    // (The fixture's speakers are fewer than the project's, which the Ukrainian rule file names: not at issue here.)
    const read = readTranslatedFaithfulnessData(dir, 'uk', en);
    expect(problemsOf(new FaithfulnessChecker(read.data!), quote)).toEqual([
      expect.stringContaining('«брифінги з Лондона» is not word for word'),
    ]);

    rewrite(dir, 'uk/sources/kyiv-delegation.yaml', /^ {2}s3: /m, '  s2: ');
    const unread = readTranslatedFaithfulnessData(dir, 'uk', en);
    expect(unread.errors.filter((e) => e.file.includes('sources'))).toEqual([]);
    expect(problemsOf(new FaithfulnessChecker(unread.data!), quote)).toEqual([]);
  });

  it('takes an empty translation of a sentence as none', () => {
    const dir = rules();
    rewrite(dir, 'uk/sources/kyiv-delegation.yaml', /^ {2}s8: .*$/m, '  s8: ""');
    const { data } = readTranslatedFaithfulnessData(dir, 'uk', english(dir));
    expect(problemsOf(new FaithfulnessChecker(data!), quote)).toEqual([]);
  });
});

describe('a paragraph whose citation cannot be read', () => {
  it('has its quotes judged once the citation is fixed, not against the citations left', () => {
    const checker = new FaithfulnessChecker(english(rules()));
    const wrong = 'The text speaks of "certain territories under Russian control" [@bloomberg-us-role#s11; @x#S18].';
    expect(proseSentences(wrong)[0]!.citesUnread).toBe(true);
    expect(problemsOf(checker, wrong)).toEqual([]);
    expect(problemsOf(checker, wrong.replace('; @x#S18', ''))).toEqual([
      expect.stringContaining('is not word for word'),
    ]);
  });
});

describe('quoteProblems', () => {
  it('leaves a quote alone while a sentence it may come from has no text', () => {
    const text = (k: string) => ({ 'a#s1': 'One thing.' })[k];
    expect(quoteProblems('"Another"', ['a#s1'], text, text, ['a#s1'])).toHaveLength(1);
    expect(quoteProblems('"Another"', ['a#s1', 'a#s9'], text, text, ['a#s1'])).toEqual([]);
  });
});

describe('a speaker id misspelt in said_by', () => {
  it('is reported once, as the speaker meant, not also as a sentence whose speaker is not given', () => {
    const dir = rules();
    rewrite(dir, 'sources/bloomberg-us-role.yaml', /^ {2}s7: bloomberg$/m, '  s7: blomberg');
    const { errors } = readFaithfulnessData(dir);
    expect(errors.map((e) => [e.problem, e.fix])).toEqual([
      [expect.stringContaining('gives s7 to "blomberg"'), expect.stringMatching(/^did you mean "bloomberg"\? /)],
    ]);
  });
});
