/**
 * One edition's view of a collection: the English entries, each overlaid with its translation's
 * words and rendered body. Structure (order, dates, links between entries) is always the English
 * file's; the content check refuses a translation that is missing or does not match it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './languages.ts';

const TRANSLATED = {
  articles: 'ukArticles',
  timeline: 'ukTimeline',
  glossary: 'ukGlossary',
  people: 'ukPeople',
  questions: 'ukQuestions',
  comparison: 'ukComparison',
  tracks: 'ukTracks',
  pages: 'ukPages',
} as const;

export type TranslatedCollection = keyof typeof TRANSLATED;

export async function localizedCollection<C extends TranslatedCollection>(
  name: C,
  lang: Lang,
): Promise<CollectionEntry<C>[]> {
  const english = (await getCollection(name)) as CollectionEntry<C>[];
  if (lang === 'en') return english;
  const translations = new Map(
    ((await getCollection(TRANSLATED[name])) as Array<CollectionEntry<(typeof TRANSLATED)[C]>>).map((t) => [t.id, t]),
  );
  return english.map((entry) => {
    const t = translations.get(entry.id);
    if (!t) return entry;
    return {
      ...entry,
      data: { ...entry.data, ...t.data },
      body: t.body,
      filePath: t.filePath,
      rendered: 'rendered' in t ? t.rendered : undefined,
    } as CollectionEntry<C>;
  });
}

/** One source's translation (sentences and reader-facing words), or undefined in English. */
export async function sourceTranslations(lang: Lang) {
  if (lang === 'en') return new Map<string, CollectionEntry<'ukSources'>['data']>();
  return new Map((await getCollection('ukSources')).map((s) => [s.id, s.data]));
}
