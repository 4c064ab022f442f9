/**
 * On the dev server only: a content error stops every page with Astro's error overlay, naming the file,
 * line, problem and fix, and the page comes back by itself once the file is fixed. (The build stops on the
 * same errors before writing anything: publish/content-checks.ts.)
 */
import { defineMiddleware } from 'astro:middleware';
import { contentDir } from './content/files.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.EXPLAINER_DEV_SERVER) return next();
  const { currentContentErrors, overlayError } = await import('./content/dev-errors.ts');
  const errors = await currentContentErrors(contentDir);
  if (errors.length > 0) throw overlayError(errors);
  return next();
});
