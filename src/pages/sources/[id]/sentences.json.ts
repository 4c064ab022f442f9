/**
 * /sources/<id>/sentences.json: a source's sentences by anchor, for citation
 * previews. Pages link to sentences instead of copying them, and a reader's
 * browser fetches this (once per source) when a citation is hovered or focused.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheKey } from '../../../publish/cache-keys.ts';

export const getStaticPaths = (async () =>
  (await getCollection('sources')).map((source) => ({
    params: { id: source.id },
    props: { source },
    cacheKey: cacheKey(source.data),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { source: CollectionEntry<'sources'> }).source;
  const sentences = Object.fromEntries(data.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
  return new Response(JSON.stringify({ title: data.title, sentences }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
