/**
 * /sources/<id>/sentences.json: a source's sentences by anchor, for citation
 * previews, with who says each (`saidBy`). Pages link to sentences instead of copying them, and a reader's
 * browser fetches this (once per source) when a citation is hovered or focused.
 *
 * With the Ukrainian edition, `uk` holds what a Ukrainian page's preview shows beside the English sentence:
 * the source's Ukrainian title, our reviewed translation of each sentence (content/uk/sources/<id>.yaml)
 * and who says each in Ukrainian (content/uk/checks/speakers.yaml).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheKey } from '../../../publish/cache-keys.ts';
import { contentDir } from '../../../content/files.ts';
import { saidByLabels } from '../../../content/faithfulness/said-by.ts';

interface Edition {
  title: string;
  /** The short name (search's source filter, a search result's title). */
  short: string;
  sentences: Record<string, string>;
  saidBy?: Record<string, string>;
}

export const getStaticPaths = (async () => {
  // Empty when the content has no Ukrainian edition (content/uk/ missing).
  const translations = new Map((await getCollection('ukSources')).map((s) => [s.id, s.data]));
  return (await getCollection('sources')).map((source) => {
    const translation = translations.get(source.id);
    const uk: Edition | undefined = translation && {
      title: translation.title,
      short: translation.short ?? translation.title,
      sentences: translation.sentences,
      saidBy: saidByLabels(contentDir, 'uk').get(source.id),
    };
    return {
      params: { id: source.id },
      props: { source, uk },
      // Who says each sentence comes from content/checks/speakers.yaml (and content/uk/checks/) too.
      cacheKey: cacheKey(source.data, saidByLabels(contentDir).get(source.id), uk),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { source, uk } = props as { source: CollectionEntry<'sources'>; uk?: Edition };
  const { id, data } = source;
  const sentences = Object.fromEntries(data.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
  // Who the source attributes each sentence to, in words ("Said by" in the preview).
  const saidBy = saidByLabels(contentDir).get(id) ?? {};
  return new Response(JSON.stringify({ title: data.title, sentences, saidBy, ...(uk ? { uk } : {}) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
