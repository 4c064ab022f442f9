import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { TOPICS } from '../../config.ts';
import { correctionsField } from './corrections.ts';
import { editDate, newestFirst } from './dates.ts';

/** One explainer article: `content/articles/NAME.md`. */
export const articleSchema = z
  .object({
    /** The headline. */
    title: proseLine(),
    /** One-line summary under the headline, also the page description. */
    dek: proseLine(),
    /** Position in the article list (ascending). */
    order: z.number().int(),
    /** When we last changed the article, YYYY-MM-DD (our own edit date, not a story date). */
    updated: editDate,
    /** Topics, from `TOPICS` in src/config.ts; used as search filters. */
    topics: z.array(z.enum(Object.keys(TOPICS) as [keyof typeof TOPICS, ...(keyof typeof TOPICS)[]])).min(1),
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
    /** What changed in each update, newest first (the oldest is the article's first publication). */
    changes: z
      .array(z.object({ date: editDate, text: z.string().min(1) }))
      .superRefine(newestFirst('change'))
      .default([]),
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
