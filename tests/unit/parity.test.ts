import { describe, expect, it } from 'vitest';
import { bodyBlocks, checkParity } from '../../src/content/parity.ts';

const EN = 'content/articles/x.md';
const UK = 'content/uk/articles/x.md';

const english = `---
title: X
dek: D
order: 1
updated: 2026-11-22
changes:
  - date: 2026-12-02
    text: Note added.
  - date: 2026-11-22
    text: First published.
topics: [overview]
---

## Where are the talks?

In London [@report#s2]. No date [@report#s3].

- One item [@report#s1].
- Another [@report#s4-s5].

> **Editor's note:** The report gives no date [@report#s3].

Last words [@report#s1].
`;

const ukrainian = `---
title: Х
dek: Д
changes:
  - date: 2026-12-02
    text: Додано примітку.
  - date: 2026-11-22
    text: Опубліковано.
---

## Де переговори?

Дати немає [@report#s3]. У Лондоні [@report#s2].

- Один пункт [@report#s1].
- Інший [@report#s4; @report#s5].

> **Примітка редакції:** Звіт не називає дати [@report#s3].

Останні слова [@report#s1].
`;

const check = (uk: string, en = english, options = {}) =>
  checkParity({ shown: EN, text: en }, { shown: UK, text: uk }, options);

describe('parity of a translation with its English file', () => {
  it('accepts the same blocks citing the same sentences, in any order and written as ranges or lists', () => {
    expect(check(ukrainian)).toEqual([]);
  });

  it('reads a body’s blocks: headings, paragraphs, list items, editor’s notes, each with its citations', () => {
    const blocks = bodyBlocks(ukrainian.slice(ukrainian.indexOf('\n---\n') + 5));
    expect(blocks.map((b) => [b.kind, b.cites.join(' ')])).toEqual([
      ['heading', ''],
      ['paragraph', 'report#s2 report#s3'],
      ['item', 'report#s1'],
      ['item', 'report#s4 report#s5'],
      ['note', 'report#s3'],
      ['paragraph', 'report#s1'],
    ]);
  });

  it('names both files and lines when a paragraph drops a citation', () => {
    const errors = check(ukrainian.replace('У Лондоні [@report#s2].', 'У Лондоні.'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(UK);
    expect(errors[0]!.line).toBe(13);
    expect(errors[0]!.problem).toContain(`${EN}:16`);
    expect(errors[0]!.problem).toContain('missing: report#s2');
    expect(errors[0]!.fix).toMatch(/cite exactly the sentences/);
    // The English may be the file edited wrongly: the fix says so, lest a right translation be changed to match.
    expect(errors[0]!.fix).toMatch(/If the English file is the one in error, correct it there instead/);
  });

  it('reports a dropped paragraph once, at the place it belongs, not every block after it', () => {
    const errors = check(ukrainian.replace('Дати немає [@report#s3]. У Лондоні [@report#s2].\n\n', ''));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.problem).toMatch(/English paragraph citing report#s2, report#s3 at content\/articles\/x\.md:16/);
    expect(errors[0]!.line).toBe(13); // the first list item, which now stands where the paragraph was
  });

  it('reports an extra paragraph, a dropped editor’s note and a dropped last block', () => {
    const extra = check(ukrainian.replace('Останні слова', 'Зайве [@report#s2].\n\nОстанні слова'));
    expect(extra).toHaveLength(1);
    expect(extra[0]!.problem).toMatch(/this paragraph citing report#s2 has no counterpart in content\/articles\/x\.md/);
    const note = check(ukrainian.replace(/> \*\*Примітка[^\n]*\n\n/, ''));
    expect(note).toHaveLength(1);
    expect(note[0]!.problem).toMatch(/English editor's note citing report#s3 at content\/articles\/x\.md:21/);
    const last = check(ukrainian.replace(/\nОстанні слова[^\n]*\n/, ''));
    expect(last[0]!.problem).toMatch(/at content\/articles\/x\.md:23 has no counterpart .*at the end/);
  });

  it('wants an editor’s note where the English has one, not a plain quotation', () => {
    const errors = check(ukrainian.replace('**Примітка редакції:**', 'Звіт:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.problem).toMatch(/is a quotation citing report#s3, but its English counterpart .* editor's note/);
    expect(errors[0]!.fix).toContain('**Примітка редакції:**');
  });

  it('checks "changes" and "corrections": the same dates in the same order', () => {
    const swapped = check(ukrainian.replace('date: 2026-12-02', 'date: 2026-11-21'));
    expect(swapped).toHaveLength(1);
    expect(swapped[0]!.line).toBe(5);
    expect(swapped[0]!.problem).toMatch(
      /entry 1 of "changes" is dated 2026-11-21, but the English entry 1 \(content\/articles\/x\.md:7\)/,
    );
    const fewer = check(ukrainian.replace(/  - date: 2026-11-22\n    text: Опубліковано\.\n/, ''));
    expect(fewer[0]!.problem).toMatch(/"changes" has 1 entry, but the English has 2/);
    const corrections = check(
      ukrainian.replace('---\n\n##', 'corrections:\n  - { date: 2026-12-02, wrong: а, right: б }\n---\n\n##'),
    );
    expect(corrections[0]!.problem).toMatch(/"corrections" has 1 entry, but the English has 0/);
  });

  it('mirrors optional fields such as a timeline event’s "relative"', () => {
    const en = '---\ntitle: T\norder: 1\nrelative: soon\n---\n\nText [@r#s1].\n';
    const without = check('---\ntitle: Т\n---\n\nТекст [@r#s1].\n', en, { mirroredFields: ['relative'] });
    expect(without[0]!.problem).toMatch(
      /"relative" is missing, but the English file has it \(content\/articles\/x\.md:4\)/,
    );
    const extra = check('---\ntitle: Т\nrelative: скоро\n---\n\nТекст [@r#s1].\n', en.replace('relative: soon\n', ''), {
      mirroredFields: ['relative'],
    });
    expect(extra[0]!.problem).toMatch(/"relative" is here, but the English file .* has none/);
  });

  it('leaves a citation in error to its own file, and still compares the blocks around it', () => {
    // The English citation cannot be read: the render reports it there; the translation is not told to copy it.
    const unreadable = english.replace('In London [@report#s2].', 'In London [@report#s9-s2].');
    expect(check(ukrainian, unreadable)).toEqual([]);
    // A citation of a sentence the source lacks, in either file: the same.
    const citable = (cite: string) => /^report#s[1-5]$/.test(cite);
    const missing = english.replace('In London [@report#s2].', 'In London [@report#s42].');
    expect(check(ukrainian, missing, { citable })).toEqual([]);
    expect(check(ukrainian.replace('[@report#s1].\n- Інший', '[@report#s11].\n- Інший'), english, { citable })).toEqual(
      [],
    );
    // Without knowing the source, a readable citation is compared as written.
    expect(check(ukrainian, missing)[0]!.problem).toContain('missing: report#s42; extra: report#s2');
    // A block dropped next to one in error is still reported.
    const dropped = check(ukrainian.replace('- Один пункт [@report#s1].\n', ''), unreadable, { citable });
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.problem).toMatch(/English list item citing report#s1 at content\/articles\/x\.md:18/);
  });

  it('keeps a comparison row’s cell headings exactly', () => {
    const en = '---\ntopic: T\norder: 1\nstatus: agree\n---\n\n## a\n\nA [@a#s1].\n\n## b\n\nB [@b#s1].\n';
    expect(
      check('---\ntopic: Т\n---\n\n## a\n\nА [@a#s1].\n\n## b\n\nБ [@b#s1].\n', en, { exactHeadings: true }),
    ).toEqual([]);
    const renamed = check('---\ntopic: Т\n---\n\n## а\n\nА [@a#s1].\n\n## b\n\nБ [@b#s1].\n', en, {
      exactHeadings: true,
    });
    expect(renamed[0]!.problem).toMatch(/the cell heading "## а" differs from the English "## a"/);
  });
});
