import { z } from 'astro/zod';
import { typographic } from '../../markdown/remark-typography.ts';

const isoDate = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).pipe(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, 'this date does not exist on the calendar'),
);

/**
 * Corrections in the open, in any article's or entry's frontmatter (apart from
 * "What changed"): each shows at the top of the page, in the feed, on
 * /corrections/ and in the article's structured data.
 */
export const correctionsField = z
  .array(
    z
      .object({
        /** When we corrected it, YYYY-MM-DD. */
        date: isoDate,
        /** What the page said that was wrong, in a sentence. */
        wrong: z
          .string()
          .min(1)
          .transform((s) => typographic(s)),
        /** What is right, in a sentence. */
        right: z
          .string()
          .min(1)
          .transform((s) => typographic(s)),
      })
      .strict(),
  )
  .default([]);

export type Correction = z.infer<typeof correctionsField>[number];
