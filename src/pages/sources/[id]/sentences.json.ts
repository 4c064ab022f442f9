/**
 * /sources/<id>/sentences.json: a source's sentences by anchor, for citation
 * previews, with who says each (`saidBy`). Pages link to sentences instead of copying them, and a reader's
 * browser fetches this (once per source) when a citation is hovered or focused.
 *
 * With the Ukrainian edition, `uk` holds what a Ukrainian page's preview shows beside the English sentence:
 * the source's Ukrainian title, our reviewed translation of each sentence (content/uk/sources/<id>.yaml)
 * and, where content/uk/checks/speakers.yaml words them, who says each in Ukrainian.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cacheKey } from '../../../publish/cache-keys.ts';
import { contentDir } from '../../../content/files.ts';
import { saidByLabels } from '../../../content/faithfulness/said-by.ts';
import { readFaithfulnessData } from '../../../content/faithfulness/rule-data.ts';

interface Edition {
  title: string;
  /** The short name (search's source filter, a search result's title). */
  short: string;
  sentences: Record<string, string>;
  saidBy?: Record<string, string>;
}

/** Who says each sentence of a source, in the Ukrainian speakers' words; undefined without them. */
function ukSaidBy(id: string): Record<string, string> | undefined {
  const file = join(contentDir, 'uk/checks/speakers.yaml');
  if (!existsSync(file)) return undefined;
  const speakers = (parse(readFileSync(file, 'utf8')) as { speakers?: Record<string, { label?: string }> })?.speakers;
  const saidBy = readFaithfulnessData(contentDir).data?.sources.get(id)?.saidBy;
  if (!speakers || !saidBy) return undefined;
  const labels: Record<string, string> = {};
  for (const [sid, who] of saidBy) if (speakers[who]?.label) labels[sid] = speakers[who].label;
  return labels;
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
      saidBy: ukSaidBy(source.id),
    };
    return {
      params: { id: source.id },
      props: { source, uk },
      // Who says each sentence comes from content/checks/speakers.yaml too.
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
