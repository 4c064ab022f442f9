/**
 * What a term or person link previews: the entry's name and its one-line
 * definition or role, as the Markdown plugins index them. Published as
 * /glossary/previews.json and /people/previews.json; a reader's browser loads
 * the file on the first hover or focus of such a link (scripts/anchors.ts).
 */
import type { APIRoute } from 'astro';
import { getContentIndex } from '../content/content-index.ts';
import { contentDir } from '../content/files.ts';

export function previewsRoute(kind: 'glossary' | 'people'): APIRoute {
  return () => {
    const entries = getContentIndex(contentDir).entries[kind];
    const previews = Object.fromEntries(
      [...entries.values()].filter((e) => e.summary).map((e) => [e.id, { title: e.title, summary: e.summary }]),
    );
    return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
  };
}
