/**
 * Frontmatter is read by js-yaml, with the `yaml` package asked only for errors and nested fields' lines
 * (src/content/content-file.ts): the two must agree on what every file says and where each field is.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlFully, parseYamlWithLines } from '../../src/content/content-file.ts';
import { ROOT } from '../helpers/build-site.ts';

/** Every frontmatter of the content and the fixtures. */
const frontmatters = ['content', 'tests/fixtures'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => {
      const text = readFileSync(join(ROOT, dir, f), 'utf8').replace(/\r\n/g, '\n');
      const close = text.indexOf('\n---', 3);
      return text.startsWith('---\n') && close > 0 ? [{ file: `${dir}/${f}`, yaml: text.slice(4, close + 1) }] : [];
    }),
);

/** Every path to a value in parsed YAML: `['changes', 0, 'date']`. */
function paths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...paths(v, [...at, i])]);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...paths(v, [...at, k])]);
  return [];
}

const same = (yaml: string) => {
  const fast = parseYamlWithLines(yaml, 2);
  const full = parseYamlFully(yaml, 2);
  expect(fast.ok).toBe(full.ok);
  if (!fast.ok || !full.ok) return expect(fast).toEqual(full);
  expect(fast.data).toEqual(full.data);
  for (const path of paths(full.data)) expect([path, fast.lineOf(path)]).toEqual([path, full.lineOf(path)]);
};

describe('frontmatter read fast', () => {
  it('says what the yaml package says, field and line, in every content and fixture file', () => {
    expect(frontmatters.length).toBeGreaterThan(200);
    for (const { yaml } of frontmatters) same(yaml);
  });

  it('reads every kind of value as YAML 1.2 does, and reports what it cannot read as the yaml package does', () => {
    const values = ['012', '0o12', '0x1F', '0b101', '1_000', '1e3', '.5', '-.inf', '.NaN', 'yes', 'on', '~', 'Null'];
    values.push('True', 'tRUE', '2026-12-01', '2026-12-01T10:00:00Z', '+12', '1.', '12:30', '-0', '00', '0x', '0o8');
    values.push('"é \\u00e9"', "'it''s'", '[1, two, 3.0]', '{b: c}', 'x #c', '"x" y', '@x', '`x`', '- 1', '!custom x');
    for (const value of values) same(`title: ${value}\norder: 1\n`);
    for (const doc of ['', '# only\n', 'a: 1\na: 2\n', 'a:\n\t- 1\n', 'a: b: c\n', 'a: &x 1\nb: *x\n', 'a: |\n  x\n'])
      same(doc);
    same('title: >-\n  folded\n  text\n"dek": quoted key\nchanges:\n  - date: 2026-12-01\n    text: One.\n');
  });
});

describe('a key given twice', () => {
  it('is named, at its second line, with the line of its first', () => {
    expect(parseYamlWithLines('title: A\norder: 1\ntitle: B\n', 2)).toEqual({
      ok: false,
      line: 4,
      message: '"title" is given twice (first on line 2)',
      fix: expect.stringContaining('keep one "title:"'),
    });
  });

  it('nested, as a sentence id under said_by, by its own indentation', () => {
    const yaml = 'said_by:\n  s1: a\n  s2: b\nhedges:\n  s2: []\nunused: {}\n  \nsentences:\n  s2: x\n  s2: y\n';
    expect(parseYamlWithLines(yaml)).toMatchObject({
      ok: false,
      line: 10,
      message: '"s2" is given twice (first on line 9)',
    });
  });
});
