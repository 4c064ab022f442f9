import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { correctionsField } from './corrections.ts';

/** One term: `content/glossary/NAME.md`; the body is the definition. */
export const glossarySchema = z
  .object({
    /** The term as readers meet it, lower case unless a proper noun. */
    term: proseLine(),
    /** Other words for the same thing, also found by search. */
    aliases: z.array(z.string().min(1)).default([]),
    /** True when the definition is our own explanation rather than what the sources say. */
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
    editorial: z.boolean().default(false),
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
