/** The names readers see for the sources, in an edition: the short name (or title) of its translation. */
import { getCollection } from 'astro:content';
import { getReferenceGraph } from '../content/reference-graph.ts';
import { citedSources } from '../markdown/points-at.ts';
import { sourceTranslations } from './localized.ts';
import type { Lang } from './languages.ts';

/** Every source's reader-facing name in this edition, by id. */
export async function sourceNames(lang: Lang): Promise<Map<string, { title: string; short: string }>> {
  const [sources, translated] = await Promise.all([getCollection('sources'), sourceTranslations(lang)]);
  return new Map(
    sources.map((s) => {
      const words = translated.get(s.id) ?? s.data;
      return [s.id, { title: words.title, short: words.short ?? words.title }];
    }),
  );
}

/** The sources an entry (`articles/x`, `timeline/y`) cites, by their names in this edition, in source-id order. */
export async function citedSourceNamesIn(key: string, lang: Lang): Promise<string[]> {
  const [graph, names] = await Promise.all([getReferenceGraph(), sourceNames(lang)]);
  const points = graph.refs.get(key);
  const cited = new Set(points && citedSources(points));
  return [...names].filter(([id]) => cited.has(id)).map(([, n]) => n.short);
}
