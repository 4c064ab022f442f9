import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { correctionsField } from './corrections.ts';
import { editDate } from './dates.ts';

/** A page of its own about the site (content/pages/NAME.md, published at /NAME/): the methods page. */
export const pageSchema = z
  .object({
    title: proseLine(),
    dek: proseLine(),
    /** When we last changed it, YYYY-MM-DD. */
    updated: editDate,
    corrections: correctionsField,
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
