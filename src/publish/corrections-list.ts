/**
 * Every correction on the site, newest first, with the page it corrects: for
 * /corrections/ and the feed.
 */
import { getCollection } from 'astro:content';
import type { Correction } from '../content/schemas/corrections.ts';
import { entryUrl, url } from '../urls.ts';

export interface SiteCorrection extends Correction {
  /** What was corrected, as a reader knows it: the article's title, the term, the event. */
  title: string;
  kind: string;
  href: string;
}

export async function allCorrections(): Promise<SiteCorrection[]> {
  const out: SiteCorrection[] = [];
  const add = (list: Correction[], title: string, kind: string, href: string) =>
    list.forEach((c) => out.push({ ...c, title, kind, href }));
  for (const a of await getCollection('articles'))
    add(a.data.corrections, a.data.title, 'Article', entryUrl('article', a.id));
  for (const e of await getCollection('timeline'))
    add(e.data.corrections, e.data.title, 'Timeline event', entryUrl('timeline', e.id));
  for (const e of await getCollection('glossary'))
    add(e.data.corrections, e.data.term, 'Glossary term', entryUrl('glossary', e.id));
  for (const e of await getCollection('people'))
    add(e.data.corrections, e.data.name, 'Person or body', entryUrl('people', e.id));
  for (const e of await getCollection('questions'))
    add(e.data.corrections, e.data.question, 'Key question', url(`#${e.id}`));
  for (const e of await getCollection('tracks'))
    add(e.data.corrections, e.data.title, 'Track of the talks', entryUrl('track', e.id));
  for (const e of await getCollection('comparison'))
    add(e.data.corrections, e.data.topic, 'Source comparison', entryUrl('compare', e.id));
  for (const e of await getCollection('pages')) add(e.data.corrections, e.data.title, 'Page', url(`${e.id}/`));
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
