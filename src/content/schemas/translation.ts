/**
 * A translation (`content/uk/<collection>/NAME.md`) holds the words readers read and nothing else:
 * order, dates, links between entries and every other structural field come from the English file of
 * the same name, so the two editions cannot drift apart there. A structural field in a translation is
 * refused (strict), naming the field. Straight double quotes in a translation's words become «…», the
 * Ukrainian quotation marks, before the English fields' own typography (which leaves «…» alone).
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
import { typographic } from '../../markdown/remark-typography.ts';

/** Every string of the data with Ukrainian punctuation (dates and ids have none to change). */
function ukPunctuation(data: unknown): unknown {
  if (typeof data === 'string') return typographic(data, 'uk');
  if (Array.isArray(data)) return data.map(ukPunctuation);
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, ukPunctuation(v)]));
  return data;
}

const inUkrainian = <T extends z.ZodType>(schema: T) => z.preprocess(ukPunctuation, schema);

const articleWords = articleSchema.pick({ title: true, dek: true, changes: true, corrections: true }).strict();
const timelineWords = timelineSchema.pick({ title: true, relative: true, place: true, corrections: true }).strict();
const glossaryWords = glossarySchema.pick({ term: true, aliases: true, corrections: true }).strict();
const peopleWords = peopleSchema.pick({ name: true, role: true, corrections: true }).strict();
const questionWords = questionSchema.pick({ question: true, corrections: true }).strict();
const trackWords = trackSchema.pick({ title: true, label: true, place: true, corrections: true }).strict();
const pageWords = pageSchema.pick({ title: true, dek: true, corrections: true }).strict();
const comparisonWords = comparisonFrontmatterSchema.pick({ topic: true, corrections: true }).strict();
export const articleTranslationSchema = inUkrainian(articleWords);
export const timelineTranslationSchema = inUkrainian(timelineWords);
export const glossaryTranslationSchema = inUkrainian(glossaryWords);
export const peopleTranslationSchema = inUkrainian(peopleWords);
export const questionTranslationSchema = inUkrainian(questionWords);
export const trackTranslationSchema = inUkrainian(trackWords);
export const pageTranslationSchema = inUkrainian(pageWords);
export const comparisonTranslationFrontmatterSchema = inUkrainian(comparisonWords);

/** The fields a translation may have, by English collection folder (every other field is the English file's). */
export const TRANSLATION_FIELDS: Record<string, string[]> = {
  articles: Object.keys(articleWords.shape),
  timeline: Object.keys(timelineWords.shape),
  glossary: Object.keys(glossaryWords.shape),
  people: Object.keys(peopleWords.shape),
  questions: Object.keys(questionWords.shape),
  tracks: Object.keys(trackWords.shape),
  pages: Object.keys(pageWords.shape),
  comparison: Object.keys(comparisonWords.shape),
};

export const comparisonTranslationSchema = comparisonSchema.pick({
  topic: true,
  corrections: true,
  cells: true,
  note: true,
});

const sentenceKey = z.string().regex(/^s\d+$/, 'keys are sentence ids like s12');

/** `content/uk/sources/NAME.yaml`: the reader-facing words of the English `.yaml`, and every sentence translated. */
const sourceWords = z
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
export const sourceTranslationSchema = inUkrainian(sourceWords);

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
