import { z } from 'astro/zod';

/** Today's date in UTC, YYYY-MM-DD, as the build sees it. */
const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The day after `date` (YYYY-MM-DD). */
const dayAfter = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A calendar date, YYYY-MM-DD: written so in the frontmatter, or already a date where a loader's YAML read it as one.
 */
export const calendarDate = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).pipe(
  z
    .string()
    // A date not written right, or not on the calendar, is only that: no check after it (is it in the future?) runs.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD', abort: true })
    .refine(
      (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
      },
      { error: 'this date does not exist on the calendar', abort: true },
    ),
);

/**
 * The date of something we did (an edit, a correction), so not after today: a day's grace for an editor whose day
 * has begun before the build machine's. `params.fix` is the fix content errors give (lint.ts).
 */
export const editDate = calendarDate.refine((date) => date <= dayAfter(todayUtc()), {
  error: (issue) => `${String(issue.input)} is in the future (the build's date is ${todayUtc()})`,
  params: { fix: 'write the day the change was made.' },
});

/**
 * Dated changes are listed newest first: a date newer than the one above it is refused, at its line. `what` names
 * the list's items ("change", "correction").
 */
export function newestFirst(what: string) {
  return (items: ReadonlyArray<{ date: string }>, ctx: z.RefinementCtx): void => {
    for (let i = 1; i < items.length; i++) {
      const [above, here] = [items[i - 1]!.date, items[i]!.date];
      if (here > above)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `${here} is newer than the ${what} above it (${above}), but ${what}s are listed newest first`,
          params: { fix: `move this ${what} above the older one, or correct its date.` },
        });
    }
  };
}
