/**
 * The benchmark's corpus (tests/helpers/synthetic-corpus.ts) is built with every check on, the faithfulness rules
 * too: in both editions it must pass them as a real site's content must, or the benchmark measures a failed build.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/content/check.ts';
import { readContentFile } from '../../src/content/content-file.ts';
import { faithfulnessCheckers, proseFieldsOf, readFaithfulnessEditions } from '../../src/content/faithfulness/check.ts';
import { writeSyntheticCorpus } from '../helpers/synthetic-corpus.ts';

describe('the synthetic corpus', () => {
  it('passes every content check, the faithfulness rules on, in English and Ukrainian', async () => {
    const content = join(mkdtempSync(join(tmpdir(), 'explainer-synthetic-')), 'content');
    writeSyntheticCorpus(content, 150, ['en', 'uk']);
    expect(existsSync(join(content, 'checks', 'speakers.yaml'))).toBe(true);
    expect(existsSync(join(content, 'uk', 'articles', 'synthetic-00150.md'))).toBe(true);
    const errors = await checkContent(content);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.problem}`)).toEqual([]);
  });

  it('gives titles and deks the rules pass at any size: no number in a title reads as a year', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'explainer-synthetic-')), 'content');
    writeSyntheticCorpus(content, 2100);
    const checker = faithfulnessCheckers(readFaithfulnessEditions(content).editions).get('en')!;
    const files = readdirSync(join(content, 'articles')).map((f) => readContentFile(join(content, 'articles', f)));
    expect(files.length).toBeGreaterThan(2100);
    const errors = files.flatMap((f) => checker.checkProse(proseFieldsOf(f.data, f.lineOf), [], f.shown));
    expect(errors.map((e) => `${e.file}:${e.line} ${e.problem}`)).toEqual([]);
  });
});
