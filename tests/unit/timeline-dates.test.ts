/**
 * A timeline date gives only what the sentences its event cites state (src/content/timeline-dates.ts): the real
 * call on 21 April passes, a year or a day added from elsewhere is refused at its line.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTimelineDates } from '../../src/content/timeline-dates.ts';
import { edit } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/build-site.ts';

const copyOfContent = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'explainer-timeline-dates-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
};
const found = (dir: string) =>
  checkTimelineDates(dir).map((e) => `${e.file.split('/').slice(-2).join('/')}:${e.line} ${e.problem}`);

describe('timeline dates', () => {
  it('passes a day and month the cited sentence states', () => {
    expect(found(join(ROOT, 'content'))).toEqual([]);
  });

  it('refuses a year, or another day, that no cited sentence states', () => {
    const dir = copyOfContent();
    edit(
      dir,
      'timeline/zelensky-sunak-call.md',
      'date:\n  month: 4\n  day: 21',
      'date:\n  year: 2025\n  month: 4\n  day: 22',
    );
    expect(found(dir)).toEqual([
      'timeline/zelensky-sunak-call.md:5 "date.year" is 2025, but no sentence this event cites states it.',
      'timeline/zelensky-sunak-call.md:7 "date.day" is 22, but no sentence this event cites states it.',
    ]);
  });

  it('refuses a month the cited sentences do not name', () => {
    const dir = copyOfContent();
    edit(dir, 'timeline/zelensky-sunak-call.md', '  month: 4\n', '  month: 5\n');
    expect(found(dir)).toEqual([
      'timeline/zelensky-sunak-call.md:5 "date.month" is 5 (May), but no sentence this event cites states it.',
    ]);
  });
});
