/**
 * What a term or person link previews: the entry's name and its one-line
 * definition or role, as the Markdown plugins index them. Published as
 * /glossary/previews.json and /people/previews.json, and under /uk/ from the
 * translations; a reader's browser loads the file on the first hover or focus
 * of such a link (scripts/previews.ts).
 */
import type { APIRoute } from 'astro';
import { entryPreviews } from '../content/content-index.ts';
import { contentDir } from '../content/files.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';

export function previewsRoute(kind: 'glossary' | 'people'): APIRoute {
  return ({ props }) => {
    const lang = (props as { lang?: Lang }).lang ?? DEFAULT_LANG;
    return new Response(JSON.stringify(entryPreviews(contentDir, kind, lang)), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
}
