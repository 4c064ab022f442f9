import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { correctionsField } from './corrections.ts';

/** A page of its own about the site (content/pages/NAME.md, published at /NAME/): the methods page. */
export const pageSchema = z.object({
  title: proseLine(),
  dek: proseLine(),
  /** When we last changed it, YYYY-MM-DD. */
  updated: z.union([
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
    z.date().transform((d) => d.toISOString().slice(0, 10)),
  ]),
  corrections: correctionsField,
});
