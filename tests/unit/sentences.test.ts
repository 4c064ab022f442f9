import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, splitSource, joinSource } from '../../src/content/sentences.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(texts('One here. Two there? Three! Four.')).toEqual(['One here.', 'Two there?', 'Three!', 'Four.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('"We are open," he said. "Stop the war." Then silence.')).toEqual([
      '"We are open," he said.',
      '"Stop the war."',
      'Then silence.',
    ]);
  });

  it('does not split after abbreviations or initials', () => {
    expect(texts('Sen. Rubio met U.S. officials. Mr. J. Smith left.')).toEqual([
      'Sen. Rubio met U.S. officials.',
      'Mr. J. Smith left.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('It cost 3.5 million. about that, no one spoke.')).toEqual([
      'It cost 3.5 million. about that, no one spoke.',
    ]);
  });

  it('keeps a final sentence that has no full stop', () => {
    expect(texts('A headline with no stop')).toEqual(['A headline with no stop']);
  });
});

describe('splitSource', () => {
  it('numbers sentences through the whole source and paragraphs by line', () => {
    const s = splitSource('One. Two.\nThree.\n\nFour.');
    expect(s.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(s.paragraphs.flatMap((p) => p.sentences.map((x) => `${x.id}:${x.text}`))).toEqual([
      's1:One.',
      's2:Two.',
      's3:Three.',
      's4:Four.',
    ]);
  });

  it('rebuilds every text exactly, whitespace included', () => {
    for (const t of ['  Lead.  Spaces.\r\n\r\nCRLF.\n', 'One.', '\n\nBlank lead.', 'Tabs.\tNext.\n']) {
      expect(joinSource(splitSource(t))).toBe(t);
    }
  });

  it('rebuilds the real source texts byte for byte', () => {
    const dir = join(import.meta.dirname, '../../content/sources');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(joinSource(splitSource(text))).toBe(text);
    }
  });

  it('gives stable ids: the same text always splits the same way', () => {
    const t = readFileSync(join(import.meta.dirname, '../../content/sources/bloomberg-us-role.txt'), 'utf8');
    const s = splitSource(t);
    const all = s.paragraphs.flatMap((p) => p.sentences);
    expect(all).toHaveLength(22);
    expect(all[14]!.text).toMatch(/^It is worth recalling .* April 21\.$/);
  });
});
