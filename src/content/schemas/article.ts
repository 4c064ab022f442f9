import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { TOPICS } from '../../config.ts';
import { correctionsField } from './corrections.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'this date does not exist on the calendar');

/** One explainer article: `content/articles/NAME.md`. */
export const articleSchema = z.object({
  /** The headline. */
  title: proseLine(),
  /** One-line summary under the headline, also the page description. */
  dek: proseLine(),
  /** Position in the article list (ascending). */
  order: z.number().int(),
  /** When we last changed the article, YYYY-MM-DD (our own edit date, not a story date). */
  updated: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  /** Topics, from `TOPICS` in src/config.ts; used as search filters. */
  topics: z.array(z.enum(Object.keys(TOPICS) as [keyof typeof TOPICS, ...(keyof typeof TOPICS)[]])).min(1),
  /** What changed in each update, newest first. */
  /** Corrections in the open (corrections.ts). */
  corrections: correctionsField,
  changes: z
    .array(
      z.object({
        date: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]),
        text: z.string().min(1),
      }),
    )
    .default([]),
});
