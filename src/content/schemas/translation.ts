/**
 * A translation (`content/uk/<collection>/NAME.md`) holds the words readers read and nothing else:
 * order, dates, links between entries and every other structural field come from the English file of
 * the same name, so the two editions cannot drift apart there. A structural field in a translation is
 * refused (strict), naming the field.
 */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { timelineSchema } from './timeline.ts';
import { glossarySchema } from './glossary.ts';
import { peopleSchema } from './people.ts';
import { questionSchema } from './question.ts';
import { trackSchema } from './track.ts';
import { pageSchema } from './page.ts';
import { comparisonFrontmatterSchema, comparisonSchema } from './comparison.ts';
import { proseLine } from './prose.ts';

export const articleTranslationSchema = articleSchema
  .pick({ title: true, dek: true, changes: true, corrections: true })
  .strict();
export const timelineTranslationSchema = timelineSchema
  .pick({ title: true, relative: true, corrections: true })
  .strict();
export const glossaryTranslationSchema = glossarySchema.pick({ term: true, aliases: true, corrections: true }).strict();
export const peopleTranslationSchema = peopleSchema.pick({ name: true, role: true, corrections: true }).strict();
export const questionTranslationSchema = questionSchema.pick({ question: true, corrections: true }).strict();
export const trackTranslationSchema = trackSchema
  .pick({ title: true, label: true, place: true, corrections: true })
  .strict();
export const pageTranslationSchema = pageSchema.pick({ title: true, dek: true, corrections: true }).strict();
export const comparisonTranslationFrontmatterSchema = comparisonFrontmatterSchema
  .pick({ topic: true, corrections: true })
  .strict();
export const comparisonTranslationSchema = comparisonSchema.pick({
  topic: true,
  corrections: true,
  cells: true,
  note: true,
});

const sentenceKey = z.string().regex(/^s\d+$/, 'keys are sentence ids like s12');

/** `content/uk/sources/NAME.yaml`: the reader-facing words of the English `.yaml`, and every sentence translated. */
export const sourceTranslationSchema = z
  .object({
    title: proseLine(),
    short: z.string().min(1).max(32).optional(),
    outlet: z.string().min(1),
    attribution: proseLine(),
    relays: z.string().min(1).optional(),
    unknown: z.array(proseLine()).default([]),
    unused: z.record(sentenceKey, z.string().min(1)).default({}),
    /** What our prose in this language calls the text. */
    names: z.array(z.string().min(1)).default([]),
    /** One reviewed translation of every sentence, shown beside the English in citation previews. */
    sentences: z.record(sentenceKey, z.string().min(1)),
  })
  .strict();

/** The Markdown collections and their translation schemas, by English collection name. */
export const TRANSLATION_SCHEMAS = {
  articles: articleTranslationSchema,
  timeline: timelineTranslationSchema,
  glossary: glossaryTranslationSchema,
  people: peopleTranslationSchema,
  questions: questionTranslationSchema,
  tracks: trackTranslationSchema,
  pages: pageTranslationSchema,
} as const;
