import { z } from 'astro/zod';
import { typographic } from '../../markdown/remark-typography.ts';

/**
 * Markdown a line of frontmatter does not render (a citation, a link, emphasis in asterisks): it would show as
 * typed in the page's title, its description and every list that shows the line.
 */
const MARKDOWN = /\[@|\]\(|(\*\*?)[\p{L}\p{N}](?:[^*]*?[\p{L}\p{N}.!?])?\1/u;

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
    .refine((s) => !MARKDOWN.test(s), {
      error: (issue) => `${JSON.stringify(issue.input)} has Markdown in it, which a line of frontmatter shows as typed`,
      params: {
        fix: 'write it as plain words; cite and link in the body, where a claim is made and explained.',
      },
    })
    .transform((s) => typographic(s));
