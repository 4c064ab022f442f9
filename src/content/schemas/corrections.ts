import { z } from 'astro/zod';
import { typographic } from '../../markdown/remark-typography.ts';
import { editDate } from './dates.ts';

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
        date: editDate,
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
