import { z } from 'astro/zod';
import { proseLine } from './prose.ts';

const sentence = z.object({ id: z.string(), n: z.number(), text: z.string(), after: z.string() });

/** What is known of a source text: `content/sources/NAME.yaml` beside `NAME.txt`. */
export const sourceMetaSchema = z.object({
  /** Our descriptive title for the text (the text itself has none). */
  title: proseLine(),
  /** A short name for tight places (the comparison's column heads, the visual timeline): "Kyiv-focused report". */
  short: z.string().min(1).max(32).optional(),
  /** The outlet as the text states it, or that it names none. */
  outlet: z.string().min(1),
  /** Who the text says it reports or quotes, in our words. */
  attribution: proseLine(),
  /** Whose words it passes on (an agency, officials, unnamed sources). */
  relays: z.string().min(1).optional(),
  /** BCP 47 language tag of the text. */
  language: z.string().min(2).default('en'),
  /** The original file it was copied from, if any. */
  seed: z.string().optional(),
  /**
   * The SHA-256 of the verbatim text (`NAME.txt`) as it was added: the build refuses a text that no longer matches,
   * so an edit to a source cannot slip through (`npm run new -- source NAME` writes it).
   */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'write the 64 hexadecimal digits that sha256sum prints for the text')
    .optional(),
  /** What the text does not say that a reader might assume (no year given, …). */
  unknown: z.array(proseLine()).default([]),
  /** What our prose calls this text ("Bloomberg-based text"): the speaker rule counts them as its narration's names. */
  names: z.array(z.string().min(1)).default([]),
  /** Who each sentence attributes its content to: `s1: speaker-id`, ranges `s2-s5` (checked in faithfulness/). */
  said_by: z
    .record(z.string().regex(/^s\d+(-s?\d+)?$/, 'keys are sentence ids like s3 or ranges like s2-s5'), z.string())
    .default({}),
  /** The editor's list of a sentence's hedges, where the build's own finding is wrong: `s14: []`. */
  hedges: z.record(z.string().regex(/^s\d+$/, 'keys are sentence ids like s12'), z.array(z.string())).default({}),
  /** Sentences cited nowhere, each with the reason it is background: `s22: reason`. */
  unused: z.record(z.string().regex(/^s\d+$/, 'keys are sentence ids like s12'), z.string().min(1)).default({}),
});

/** A source entry: the metadata plus the verbatim text split into anchored sentences. */
export const sourceSchema = sourceMetaSchema.extend({
  text: z.string().min(1),
  lead: z.string(),
  paragraphs: z.array(
    z.object({ id: z.string(), before: z.string(), after: z.string(), sentences: z.array(sentence) }),
  ),
});
