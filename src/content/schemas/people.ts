import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { entryId } from './ids.ts';
import { correctionsField } from './corrections.ts';

/** One person or body: `content/people/NAME.md`; the body says what the sources report of them. */
export const peopleSchema = z
  .object({
    /** The name as the sources give it, or a description when they give none. */
    name: proseLine(),
    /** person, group (a delegation, "officials"), organisation, or role (a post with no name given). */
    kind: z.enum(['person', 'group', 'organisation', 'role']),
    /** Their role in the sources' own terms. */
    role: proseLine(),
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
    /** The diplomatic tracks the sources say they take part in (ids of `content/tracks/` entries); cite it. */
    tracks: z.array(entryId).default([]),
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
