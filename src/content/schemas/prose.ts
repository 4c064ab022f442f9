import { z } from 'astro/zod';
import { typographic } from '../../markdown/remark-typography.ts';

/**
 * A line of our own prose in frontmatter (a headline, a dek, a question): it
 * gets the same curly quotes, dashes and ellipses as Markdown text does.
 */
export const proseLine = () =>
  z
    .string()
    // Blank is empty: a headline of spaces shows nothing.
    .trim()
    .min(1)
    .transform((s) => typographic(s));
