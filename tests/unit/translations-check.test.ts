/**
 * The content check of an edition's translations (src/content/check-translations.ts) on a copy of the
 * uk-parity fixture, one mistake at a time: each is reported in the file to fix, with its line and the fix.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTranslations } from '../../src/content/check-translations.ts';
import { checkContent } from '../../src/content/check.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

/** The problems found after breaking a fresh copy, as `file:line problem`. */
function problemsAfter(breakIt: (dir: string) => void): string[] {
  const dir = copyFixture('uk-parity');
  breakIt(dir);
  return checkTranslations(dir).errors.map(
    (e) => `${e.file.replace(/^.*uk-parity-[^/]+\//, '')}:${e.line ?? ''} ${e.problem} | ${e.fix}`,
  );
}

/** The same, from the whole content check (parity of the bodies runs with the other body checks). */
async function allProblemsAfter(breakIt: (dir: string) => void): Promise<string[]> {
  const dir = copyFixture('uk-parity');
  breakIt(dir);
  return (await checkContent(dir)).map(
    (e) => `${e.file.replace(/^.*uk-parity-[^/]+\//, '')}:${e.line ?? ''} ${e.problem} | ${e.fix}`,
  );
}

const ROW = (topic: string, extra = '') =>
  `---\ntopic: ${topic}\n${extra}---\n\n## report\n\nA cell [@report#s2].\n\n## note\n\nA note [@report#s3].\n`;

describe('the translations of an edition, checked', () => {
  it('finds nothing wrong in the fixture as it is, and hands on every translated body', () => {
    const dir = copyFixture('uk-parity');
    const { errors, bodies } = checkTranslations(dir);
    expect(errors).toEqual([]);
    expect(bodies.map((b) => b.path.slice(dir.length + 1)).sort()).toEqual([
      'uk/articles/brief.md',
      'uk/glossary/talks.md',
      'uk/people/delegate.md',
      'uk/questions/where.md',
      'uk/timeline/talks.md',
    ]);
  });

  it('refuses a structural field, saying it comes from the English file', () => {
    const [p] = problemsAfter((d) => edit(d, 'uk/timeline/talks.md', 'relative:', 'order: 10\nrelative:'));
    expect(p).toMatch(/^uk\/timeline\/talks\.md:3 "order" does not belong in a translation: it comes from the/);
    expect(p).toMatch(/timeline\/talks\.md\. \| remove "order" here/);
  });

  it('wants a timeline event’s "place" where the English event has one', () => {
    const [p] = problemsAfter((d) => edit(d, 'timeline/talks.md', 'relative: soon', 'relative: soon\nplace: London'));
    expect(p).toMatch(
      /^uk\/timeline\/talks\.md:4 "place" is missing, but the English file has it \(\S*timeline\/talks\.md:5\)/,
    );
    expect(
      problemsAfter((d) => {
        edit(d, 'timeline/talks.md', 'relative: soon', 'relative: soon\nplace: London');
        edit(d, 'uk/timeline/talks.md', 'relative: незабаром', 'relative: незабаром\nplace: Лондон');
      }),
    ).toEqual([]);
  });

  it('applies the damaged-file rules as for English', () => {
    const [p] = problemsAfter((d) => edit(d, 'uk/glossary/talks.md', 'Зустрічі', 'Зустрі\u0007чі'));
    expect(p).toMatch(/uk\/glossary\/talks\.md:5 the line holds an invisible control character/);
    const [bom] = problemsAfter((d) => edit(d, 'uk/people/delegate.md', /^/, '\uFEFF'));
    expect(bom).toBeUndefined(); // a byte order mark is read as written
  });

  it('checks every sentence of a source’s translation, and its lists against the English', () => {
    const problems = problemsAfter((d) => {
      edit(d, 'uk/sources/report.yaml', /  s4: .*\n/, '  s9: "Зайве."\n');
      edit(d, 'uk/sources/report.yaml', /unused:\n  s5: .*\n/, 'unused: {}\nunknown: [Рік не вказано.]\n');
    });
    expect(problems.join('\n')).toContain('"sentences" has no translation of s4 (the source has s1 to s5)');
    expect(problems.join('\n')).toContain('"sentences" has s9, but the source has sentences s1 to s5');
    expect(problems.join('\n')).toContain('"unused" lists nothing, but content/sources/report.yaml lists s5');
    expect(problems.join('\n')).toContain('"unknown" has 1 items, but content/sources/report.yaml has 0');
  });

  it('wants a translation of every source and refuses one of no source', () => {
    const problems = problemsAfter((d) => {
      rmSync(join(d, 'uk/sources/report.yaml'));
      writeFileSync(join(d, 'uk/sources/other.yaml'), 'title: Т\n');
    });
    expect(problems.join('\n')).toMatch(/sources\/report\.txt: the source has no Українська translation/);
    expect(problems.join('\n')).toMatch(/uk\/sources\/other\.yaml: this translation has no source/);
  });

  it('checks a comparison row’s translation: words only, the same cells', async () => {
    const problems = await allProblemsAfter((d) => {
      mkdirSync(join(d, 'comparison'));
      mkdirSync(join(d, 'uk/comparison'));
      writeFileSync(join(d, 'comparison/venue.md'), ROW('Venue', 'order: 1\nstatus: conflict\n'));
      writeFileSync(
        join(d, 'uk/comparison/venue.md'),
        ROW('Місце', 'status: agree\n').replace(
          '## note\n\nA note [@report#s3].',
          '## примітка\n\nПримітка [@report#s3].',
        ),
      );
    });
    expect(problems.join('\n')).toMatch(/uk\/comparison\/venue\.md:3 "status" does not belong in a translation/);
    expect(problems.join('\n')).toContain('"## примітка" is not a source or "note"');
    expect(problems.join('\n')).toContain('the cell heading "## примітка" differs from the English "## note"');
  });
});
