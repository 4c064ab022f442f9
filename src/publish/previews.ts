/**
 * What a term or person link previews: the entry's name and its one-line
 * definition or role, as the Markdown plugins index them. Published as
 * /glossary/previews.json and /people/previews.json (and under /uk/ from the
 * translations); a reader's browser loads the file on the first hover or focus
 * of such a link (scripts/anchors.ts).
 */
import type { APIRoute } from 'astro';
import { getContentIndex } from '../content/content-index.ts';
import { contentDir } from '../content/files.ts';
import { localizedCollection } from '../i18n/localized.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { firstBlockText } from '../markdown/plain-text.ts';
import { typographic } from '../markdown/remark-typography.ts';

type Previews = Record<string, { title: string; summary: string }>;

/** A translation's previews: the same fields, from its own words. */
async function translatedPreviews(kind: 'glossary' | 'people', lang: Lang): Promise<Previews> {
  const entries =
    kind === 'glossary'
      ? (await localizedCollection('glossary', lang)).map((e) => ({
          id: e.id,
          title: e.data.term,
          summary: typographic(firstBlockText(e.body ?? '')),
        }))
      : (await localizedCollection('people', lang)).map((e) => ({
          id: e.id,
          title: e.data.name,
          summary: e.data.role,
        }));
  return Object.fromEntries(
    entries.filter((e) => e.summary).map((e) => [e.id, { title: e.title, summary: e.summary }]),
  );
}

export function previewsRoute(kind: 'glossary' | 'people'): APIRoute {
  return async ({ props }) => {
    const lang = (props as { lang?: Lang }).lang ?? DEFAULT_LANG;
    let previews: Previews;
    if (lang === DEFAULT_LANG) {
      const entries = getContentIndex(contentDir).entries[kind];
      previews = Object.fromEntries(
        [...entries.values()].filter((e) => e.summary).map((e) => [e.id, { title: e.title, summary: e.summary! }]),
      );
    } else previews = await translatedPreviews(kind, lang);
    return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
  };
}
