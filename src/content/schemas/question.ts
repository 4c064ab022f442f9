import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { correctionsField } from './corrections.ts';

/** A key question on the home page: `content/questions/NAME.md`; the body is a two-sentence answer. */
export const questionSchema = z
  .object({
    /** The question as a reader would ask it. */
    question: proseLine(),
    /** Position on the home page. */
    order: z.number(),
    /** Where the full answer is: `article:slug#section`. */
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
    link: z.string().regex(/^article:[a-z0-9-]+(#[a-z0-9-]+)?$/, 'write the link as article:slug#section-id'),
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
