/**
 * Every correction on the site, newest first, with the page it corrects: for
 * /corrections/ and the feed.
 */
import type { Correction } from '../content/schemas/corrections.ts';
import { entryUrl, url } from '../urls.ts';
import { localizedCollection } from '../i18n/localized.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import { strings } from '../i18n/strings.ts';

export interface SiteCorrection extends Correction {
  /** What was corrected, as a reader knows it: the article's title, the term, the event. */
  title: string;
  kind: string;
  href: string;
}

/** Every correction of one edition, in its words, linking to its pages. */
export async function allCorrections(lang: Lang = DEFAULT_LANG): Promise<SiteCorrection[]> {
  const out: SiteCorrection[] = [];
  const kind = strings[lang].correction.kinds;
  const add = (list: Correction[], title: string, kind: string, href: string) =>
    list.forEach((c) => out.push({ ...c, title, kind, href }));
  for (const a of await localizedCollection('articles', lang))
    add(a.data.corrections, a.data.title, kind.articles, entryUrl('article', a.id, undefined, lang));
  for (const e of await localizedCollection('timeline', lang))
    add(e.data.corrections, e.data.title, kind.timeline, entryUrl('timeline', e.id, undefined, lang));
  for (const e of await localizedCollection('glossary', lang))
    add(e.data.corrections, e.data.term, kind.glossary, entryUrl('glossary', e.id, undefined, lang));
  for (const e of await localizedCollection('people', lang))
    add(e.data.corrections, e.data.name, kind.people, entryUrl('people', e.id, undefined, lang));
  for (const e of await localizedCollection('questions', lang))
    add(e.data.corrections, e.data.question, kind.questions, url(`#${e.id}`, lang));
  for (const e of await localizedCollection('tracks', lang))
    add(e.data.corrections, e.data.title, kind.tracks, entryUrl('track', e.id, undefined, lang));
  for (const e of await localizedCollection('comparison', lang))
    add(e.data.corrections, e.data.topic, kind.comparison, entryUrl('compare', e.id, undefined, lang));
  for (const e of await localizedCollection('pages', lang))
    add(e.data.corrections, e.data.title, kind.pages, url(`${e.id}/`, lang));
  const locale = lang === DEFAULT_LANG ? undefined : lang;
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, locale));
}
