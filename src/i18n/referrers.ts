/**
 * "Mentioned in" and "Cited in" lists in an edition: the reference graph is built from the English
 * entries (the translations have the same links and citations, paragraph by paragraph), so a Ukrainian
 * page shows the same places with their Ukrainian titles, at their /uk/ addresses.
 */
import type { Referrer, EntryKind } from '../content/reference-graph.ts';
import { localizedCollection } from './localized.ts';
import { counterpartUrl } from './editions-routes.ts';
import { strings } from './strings.ts';
import type { Lang } from './languages.ts';

const titles = new Map<Lang, Promise<Map<string, string>>>();

/** Every entry's title in an edition, by `kind/id`. */
function titlesIn(lang: Lang): Promise<Map<string, string>> {
  let found = titles.get(lang);
  if (!found) {
    found = (async () => {
      const [articles, timeline, glossary, people, questions] = await Promise.all([
        localizedCollection('articles', lang),
        localizedCollection('timeline', lang),
        localizedCollection('glossary', lang),
        localizedCollection('people', lang),
        localizedCollection('questions', lang),
      ]);
      return new Map<string, string>([
        ...articles.map((e) => [`articles/${e.id}`, e.data.title] as const),
        ...timeline.map((e) => [`timeline/${e.id}`, e.data.title] as const),
        ...glossary.map((e) => [`glossary/${e.id}`, e.data.term] as const),
        ...people.map((e) => [`people/${e.id}`, e.data.name] as const),
        ...questions.map((e) => [`questions/${e.id}`, e.data.question] as const),
      ]);
    })();
    titles.set(lang, found);
  }
  return found;
}

export async function localizeReferrers(items: Referrer[] | undefined, lang: Lang): Promise<Referrer[] | undefined> {
  if (lang === 'en' || !items) return items;
  const found = await titlesIn(lang);
  const kinds: Record<string, string> = strings[lang].backLinks.kinds;
  return items.map((r) => {
    const title = found.get(`${r.kind}/${r.id}`) ?? r.label;
    const label = (['articles', 'questions'] as EntryKind[]).includes(r.kind) ? title : `${kinds[r.kind]}: ${title}`;
    return { ...r, label, href: counterpartUrl(r.href, lang) };
  });
}
