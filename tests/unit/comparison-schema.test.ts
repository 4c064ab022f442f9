/**
 * The source comparison's rules, checked on strings: a row file must have
 * readable frontmatter with a known status, a cell for every source and
 * nothing else but a note, a citation in every cell, a note when the sources
 * conflict, and a topic no other row has. Each problem names file and line.
 */
import { describe, expect, it } from 'vitest';
import { checkComparisonRow, checkTopicsUnique, readComparisonRow } from '../../src/content/comparison-rows.ts';
import { splitCells } from '../../src/content/loaders/comparison-loader.ts';
import { ContentError } from '../../src/content/content-error.ts';

const SOURCES = ['bloomberg-us-role', 'kyiv-delegation'];
const FILE = 'content/comparison/sanctions.md';

const row = (front: string, body: string) => `---\n${front}\n---\n\n${body}`;
const GOOD = row(
  'topic: Sanctions\norder: 30\nstatus: one-source',
  '## bloomberg-us-role\n\nThe US may ease some sanctions [@bloomberg-us-role#s11].\n\n## kyiv-delegation\n\n' +
    'It does not mention sanctions; its core issues are others [@kyiv-delegation#s10].\n',
);

function check(text: string) {
  const { data, errors } = checkComparisonRow(readComparisonRow('sanctions', text, FILE), SOURCES);
  if (errors[0]) throw errors[0];
  return data;
}

function failure(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('a comparison row', () => {
  it('accepts a row with a cited cell for every source', () => {
    expect(check(GOOD)).toEqual({ topic: 'Sanctions', order: 30, status: 'one-source', corrections: [] });
    const parsed = readComparisonRow('sanctions', GOOD, FILE);
    expect(parsed.sections.map((s) => [s.key, s.line])).toEqual([
      ['bloomberg-us-role', 7],
      ['kyiv-delegation', 11],
    ]);
    // The body keeps the file's line numbers, so the remark plugin reports file lines.
    expect(parsed.body.split('\n')[8]).toBe('The US may ease some sanctions [@bloomberg-us-role#s11].');
  });

  it.each([
    [
      'a cell without a citation',
      GOOD.replace(' [@kyiv-delegation#s10]', ''),
      11,
      'the cell for "kyiv-delegation" has no citation',
    ],
    [
      "an editor's note without a citation",
      `${GOOD}\n## note\n\nAn uncited note.\n`,
      15,
      "the editor's note has no citation",
    ],
    ['an unknown status', GOOD.replace('status: one-source', 'status: agreed'), 4, '"agreed" is not a status'],
    ['a missing status', GOOD.replace('status: one-source\n', ''), 2, 'status:'],
    ['a misspelt field', GOOD.replace('order: 30', 'ordre: 30'), 3, 'ordre'],
    [
      'a conflict with no note',
      GOOD.replace('status: one-source', 'status: conflict'),
      4,
      "the status is conflict, but the row has no editor's note",
    ],
    [
      'a cell for an unknown source',
      GOOD.replace('## kyiv-delegation', '## kyiv'),
      11,
      '"## kyiv" is not a source or "note"',
    ],
    [
      'a missing cell',
      row(
        'topic: Sanctions\norder: 30\nstatus: one-source',
        '## bloomberg-us-role\n\nEased [@bloomberg-us-role#s11].\n',
      ),
      7,
      'no cell for the source "kyiv-delegation"',
    ],
    [
      'a cell given twice',
      `${GOOD}\n## bloomberg-us-role\n\nAgain [@bloomberg-us-role#s11].\n`,
      15,
      'there are two "## bloomberg-us-role" sections (the first is on line 7)',
    ],
    [
      'an empty cell',
      GOOD.replace('It does not mention sanctions; its core issues are others [@kyiv-delegation#s10].\n', ''),
      11,
      'the "kyiv-delegation" cell is empty',
    ],
    [
      "a cell's heading at level 3, read as part of the cell above",
      GOOD.replace('## kyiv-delegation', '### kyiv-delegation'),
      11,
      'the cell for "kyiv-delegation" has a level-3 heading ("### kyiv-delegation")',
    ],
    [
      "the first cell's heading at level 3, before any cell",
      GOOD.replace('## bloomberg-us-role', '### bloomberg-us-role'),
      7,
      'the heading "### bloomberg-us-role" is level 3, so the row does not read it as a cell',
    ],
    [
      'text before the first cell',
      GOOD.replace('## bloomberg-us-role', 'Loose words.\n\n## bloomberg-us-role'),
      7,
      'there is text before the first cell',
    ],
    [
      'unreadable frontmatter',
      GOOD.replace('status: one-source', 'status: one: source'),
      4,
      'the frontmatter is not valid YAML',
    ],
  ])('rejects %s, naming file and line', (_name, text, line, problem) => {
    const e = failure(() => check(text));
    expect(e.file).toBe(FILE);
    expect(e.line).toBe(line);
    expect(e.message).toContain(`${FILE}:${line}`);
    expect(e.message).toContain(problem);
    expect(e.message).toContain('Fix:');
  });

  it('leaves a malformed citation to the renderer, which reports its own line', () => {
    // "[@kyiv-delegation s10]" is not a citation; the remark plugin names it when the row is rendered.
    expect(() => check(GOOD.replace('[@kyiv-delegation#s10]', '[@kyiv-delegation s10]'))).not.toThrow();
  });
});

describe('topics across rows', () => {
  it('rejects a topic used twice (ignoring case and spacing), naming both files', () => {
    const e = failure(() =>
      checkTopicsUnique([
        { file: 'content/comparison/sanctions.md', topic: 'Sanctions', line: 2 },
        { file: 'content/comparison/nato.md', topic: 'NATO', line: 2 },
        { file: 'content/comparison/sanctions-again.md', topic: ' sanctions ', line: 2 },
      ]),
    );
    expect(e.message).toContain('content/comparison/sanctions-again.md:2');
    expect(e.message).toContain('already a row in content/comparison/sanctions.md:2');
  });

  it('accepts distinct topics', () => {
    expect(() =>
      checkTopicsUnique([
        { file: 'a.md', topic: 'Sanctions' },
        { file: 'b.md', topic: 'NATO' },
      ]),
    ).not.toThrow();
  });
});

describe('splitting a rendered row into cells', () => {
  it('splits at each h2, wrapped or not, keeping everything else', () => {
    const html =
      '<div class="heading-wrap level-h2"><h2 id="bloomberg-us-role">bloomberg-us-role</h2>' +
      '<a class="anchor-link" href="#bloomberg-us-role">#</a></div>\n' +
      '<p>One <a class="cite-link" href="/sources/x/#s1">1</a>.</p>\n<p>Two.</p>\n' +
      '<h2 id="kyiv-delegation">kyiv-delegation</h2>\n<ul><li>Three</li></ul>';
    const cells = splitCells(html);
    expect([...cells.keys()]).toEqual(['bloomberg-us-role', 'kyiv-delegation']);
    expect(cells.get('bloomberg-us-role')).toBe(
      '<p>One <a class="cite-link" href="/sources/x/#s1">1</a>.</p>\n<p>Two.</p>',
    );
    expect(cells.get('kyiv-delegation')).toBe('<ul><li>Three</li></ul>');
  });
});
