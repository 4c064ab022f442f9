import { z } from 'astro/zod';
import { typographic } from '../../markdown/remark-typography.ts';
import { correctionsField } from './corrections.ts';

/** How the sources stand on a topic, from least to most trouble for a reader. */
export const COMPARISON_STATUSES = ['agree', 'one-source', 'differ', 'conflict'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];

/**
 * The frontmatter of one row of the source comparison: `content/comparison/NAME.md`.
 * The body holds the cells, one `## source-id` section per source (plus an
 * optional `## note`); see src/content/comparison-rows.ts.
 */
export const comparisonFrontmatterSchema = z
  .object({
    /** The topic as a reader would name it: the row heading. */
    topic: z
      .string()
      .trim()
      .min(1)
      .transform((s) => typographic(s)),
    /** Position in the matrix (ascending). */
    order: z.number(),
    /** agree | one-source (only one source reports it) | differ | conflict (needs a `## note`). */
    status: z.enum(COMPARISON_STATUSES, {
      error: (issue) =>
        issue.input === undefined
          ? 'missing: use agree, one-source, differ or conflict'
          : `"${String(issue.input)}" is not a status: use agree, one-source, differ or conflict`,
    }),
    /** Where an article says more: `article:slug#section`. */
    see: z
      .string()
      .regex(/^article:[a-z0-9-]+(#[a-z0-9-]+)?$/, 'write the link as article:slug#section-id')
      .optional(),
    /** Corrections in the open (corrections.ts). */
    corrections: correctionsField,
  })
  .strict();

/** One cell: what a source reports on the topic, rendered with its citations. */
const cellSchema = z.object({
  /** The source id (`content/sources/ID.txt`). */
  source: z.string().min(1),
  /** The cell as HTML, citations resolved by our remark plugin. */
  html: z.string().min(1),
});

/** A comparison row as stored: the frontmatter plus its rendered cells. */
export const comparisonSchema = comparisonFrontmatterSchema.extend({
  /** One cell per source, in source-id order. */
  cells: z.array(cellSchema).min(1),
  /** The editor's note as HTML (required when status is conflict). */
  note: z.string().min(1).optional(),
});

/**
 * How each status reads on the page: a short label, a sign that does not rely on colour, what it means
 * (worded for two sources; `statusMeaning` words it for more).
 */
export const STATUS_INFO: Record<ComparisonStatus, { label: string; sign: string; meaning: string }> = {
  agree: { label: 'Sources agree', sign: '=', meaning: 'both report it, and what they say fits together' },
  'one-source': { label: 'Only one source', sign: '1', meaning: 'one source reports it; the other is silent' },
  differ: {
    label: 'Sources differ',
    sign: '≠',
    meaning: 'both touch on it, with different details or emphasis, but neither contradicts the other',
  },
  conflict: {
    label: 'Sources conflict',
    sign: '!',
    meaning: 'they say things that cannot both be true; an editor’s note explains',
  },
};

const MANY_MEANINGS: Record<ComparisonStatus, string> = {
  agree: 'the sources that report it say things that fit together',
  'one-source': 'one source reports it; the others are silent',
  differ: 'several touch on it, with different details or emphasis, but none contradicts another',
  conflict: 'some say things that cannot all be true; an editor’s note explains',
};

/** What a status means, in words that fit the number of sources compared. */
export const statusMeaning = (status: ComparisonStatus, sources: number): string =>
  sources > 2 ? MANY_MEANINGS[status] : STATUS_INFO[status].meaning;
