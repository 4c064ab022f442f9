/**
 * A timeline date gives only what the sources give: each part of an event's `date` (its year, month, day) must be
 * stated by a sentence the event cites. The sources name a day and a month and no year: a year, or any part, taken
 * from elsewhere is an outside fact, refused at its line.
 */
import { join, relative } from 'node:path';
import { ContentError } from './content-error.ts';
import { readContentFile } from './content-file.ts';
import { getContentIndex, type ContentIndex } from './content-index.ts';
import { markdownFiles } from './files.ts';
import { MONTHS, type PartialDate } from './timeline-date.ts';
import { scanCitations } from '../markdown/citation-syntax.ts';

/** How a sentence states each part of a date: the year and day as numbers, the month by its name. */
const STATED: Record<keyof PartialDate, (value: number) => RegExp> = {
  year: (year) => new RegExp(`(?<![\\d.,])${year}(?![\\d.,]\\d)`),
  // Capitalised, so that "may" the verb is not May.
  month: (month) => new RegExp(`\\b(${MONTHS[month - 1]}|${MONTHS[month - 1]?.slice(0, 3)}\\.?)\\b`),
  day: (day) => new RegExp(`(?<!\\d)0?${day}(?!\\d)`),
};

/** The text of every sentence a body cites (sources and sentences that do not exist are reported elsewhere). */
function citedTexts(body: string, index: ContentIndex): string[] {
  return scanCitations(body).markers.flatMap(({ refs }) =>
    refs.flatMap(({ source, from, to }) =>
      Array.from(
        { length: to - from + 1 },
        (_, i) => index.sources.get(source)?.sentences.get(`s${from + i}`)?.text,
      ).filter((text) => text !== undefined),
    ),
  );
}

export function checkTimelineDates(contentDir: string): ContentError[] {
  let index: ContentIndex;
  try {
    index = getContentIndex(contentDir);
  } catch {
    // Sources that cannot be read are reported by the source checks.
    return [];
  }
  const errors: ContentError[] = [];
  const dir = join(contentDir, 'timeline');
  for (const name of markdownFiles(dir)) {
    const record = readContentFile(join(dir, name));
    const date = (record.data as { date?: unknown } | undefined)?.date;
    if (record.problem || !date || typeof date !== 'object') continue;
    const cited = citedTexts(record.body, index);
    for (const part of ['year', 'month', 'day'] as const) {
      const value = (date as PartialDate)[part];
      if (!Number.isInteger(value) || (part === 'month' && !MONTHS[value! - 1])) continue;
      const stated = STATED[part](value!);
      if (cited.some((text) => stated.test(text))) continue;
      const shown = part === 'month' ? `${value} (${MONTHS[value! - 1]})` : String(value);
      errors.push(
        new ContentError({
          file: relative(process.cwd(), join(dir, name)),
          line: record.lineOf(['date', part]) ?? record.lineOf(['date']),
          problem: `"date.${part}" is ${shown}, but no sentence this event cites states it.`,
          fix:
            `give only what the cited sentences state (leave "${part}" out: the timeline then says what is ` +
            'not given), or cite the sentence that gives it.',
        }),
      );
    }
  }
  return errors;
}
