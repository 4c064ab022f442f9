/**
 * /sources/<id>/sentences.json: a source's sentences by anchor, for citation
 * previews, with who says each (`saidBy`). Pages link to sentences instead of copying them, and a reader's
 * browser fetches this (once per source) when a citation is hovered or focused.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheKey } from '../../../publish/cache-keys.ts';
import { contentDir } from '../../../content/files.ts';
import { saidByLabels } from '../../../content/faithfulness/said-by.ts';

export const getStaticPaths = (async () =>
  (await getCollection('sources')).map((source) => ({
    params: { id: source.id },
    props: { source },
    // Who says each sentence comes from content/checks/speakers.yaml too.
    cacheKey: cacheKey(source.data, saidByLabels(contentDir).get(source.id)),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { id, data } = (props as { source: CollectionEntry<'sources'> }).source;
  const sentences = Object.fromEntries(data.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
  // Who the source attributes each sentence to, in words ("Said by" in the preview).
  const saidBy = saidByLabels(contentDir).get(id) ?? {};
  return new Response(JSON.stringify({ title: data.title, sentences, saidBy }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
