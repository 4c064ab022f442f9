import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { dateProblem } from '../timeline-date.ts';
import { entryId } from './ids.ts';
import { correctionsField } from './corrections.ts';

/** A calendar date with any part unknown: give only what the source gives. */
export const partialDateSchema = z
  .object({
    year: z.number().int().min(1).max(9999).optional(),
    month: z.number().int().optional(),
    day: z.number().int().optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const problem = dateProblem(d);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: problem,
        // The fix content errors give (lint.ts).
        params: {
          fix:
            d.day !== undefined && d.month === undefined
              ? 'add the month the cited sentence gives ("month: 4" for April), or leave out the day.'
              : 'write the month (1–12) and day the cited sentence gives, as numbers.',
        },
      });
  });

/** One event: `content/timeline/NAME.md`; the body says what happened, with citations. */
export const timelineSchema = z
  .object({
    /** What happened, as a short headline. */
    title: proseLine(),
    /** Position in the story; events sort by it. Steps of 10 leave room to insert. */
    order: z.number(),
    /** The calendar date, only as precise as the source allows. */
    date: partialDateSchema.optional(),
    /** The source's own words for when, if it gives no calendar date ("in the coming days"). */
    relative: z.string().min(1).optional(),
    /** Where it happens, as the sources name it. */
    place: z.string().min(1).optional(),
    /** People and bodies involved: ids of `content/people/` entries. */
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
    people: z.array(entryId).default([]),
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
