import { z } from 'astro/zod';
import { proseLine } from './prose.ts';
import { typographic } from '../../markdown/remark-typography.ts';
import { entryId } from './ids.ts';
import { correctionsField } from './corrections.ts';

/**
 * One diplomatic track on the map of the talks: `content/tracks/NAME.md`.
 * The body says what the sources report of it, with citations. Who takes part
 * comes from the people entries (`tracks: [NAME]`), never from here.
 */
export const trackSchema = z
  .object({
    /** The track as a heading: "The negotiations in London". */
    title: proseLine(),
    /** A short name for the diagram node: "London". */
    label: z
      .string()
      .min(1)
      .max(28, 'keep the diagram label short (28 characters at most)')
      .transform((s) => typographic(s)),
    /** Position on the map, left to right (ascending). */
    order: z.number(),
    /** Where it happens, only as the sources name it; leave out when they do not say. */
    place: z.string().min(1).optional(),
    /** The timeline events of this track (ids of `content/timeline/` entries); the first is where the diagram links. */
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
    events: z.array(entryId).min(1),
  })
  // An unknown field is a misspelt one (corection:), which would otherwise be dropped without a word.
  .strict();
