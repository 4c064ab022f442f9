import { describe, expect, it } from 'vitest';
import { formatReport, summaryLine } from '../../src/content/report.ts';

const e = (file: string, line: number | undefined, problem: string) => ({ file, line, problem, fix: `fix ${problem}` });

describe('the content error report', () => {
  it('groups by file, sorts by line, lists each error once and ends with one summary line', () => {
    const report = formatReport([
      e('content/timeline/b.md', 9, 'late'),
      e('content/articles/a.md', 12, 'second'),
      e('content/timeline/b.md', 3, 'early'),
      e('content/articles/a.md', undefined, 'whole file'),
      e('content/articles/a.md', 4, 'first'),
      e('content/articles/a.md', 4, 'first'),
    ]);
    expect(report).toBe(
      [
        'content/articles/a.md\n  whole file\n  Fix: fix whole file',
        'content/articles/a.md:4\n  first\n  Fix: fix first',
        'content/articles/a.md:12\n  second\n  Fix: fix second',
        '',
        'content/timeline/b.md:3\n  early\n  Fix: fix early',
        'content/timeline/b.md:9\n  late\n  Fix: fix late',
        '',
        '5 content errors in 2 files; nothing was published.',
      ].join('\n'),
    );
  });

  it('counts in words a reader expects', () => {
    expect(summaryLine([e('a', 1, 'x')])).toBe('1 content error in 1 file; nothing was published.');
    expect(summaryLine([e('a', 1, 'x'), e('b', 1, 'y')], 'the check failed')).toBe(
      '2 content errors in 2 files; the check failed.',
    );
  });
});
