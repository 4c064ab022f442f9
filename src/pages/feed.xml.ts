/** RSS feed of corrections, the articles and the timeline, linked from every page's <head>. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../config.ts';
import { formatWhen } from '../content/timeline-date.ts';
import { entryUrl } from '../urls.ts';
import { firstBlockText } from '../markdown/plain-text.ts';
import { ARTICLE_LISTS, latestFirst } from '../content/article-order.ts';
import { allCorrections } from '../publish/corrections-list.ts';
import { lastModified } from '../content/last-modified.ts';

export const GET: APIRoute = async (context) => {
  // The latest articles only: a feed reader wants what is new, not the whole archive.
  const articles = (await getCollection('articles')).sort(latestFirst).slice(0, ARTICLE_LISTS.feed);
  const corrections = await allCorrections();
  const events = (await getCollection('timeline')).sort((a, b) => b.data.order - a.data.order);
  // Story events carry no publication date of their own; the feed dates them to the latest update.
  const asOf = [articles[0] ? lastModified(articles[0].data) : '1970-01-01', ...corrections.map((c) => c.date)]
    .sort()
    .at(-1)!;
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site!,
    customData:
      `<language>${SITE.language}</language>` +
      `<lastBuildDate>${new Date(`${asOf}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
    items: [
      // Corrections first and in their own right, so a reader who saw the mistake sees the correction.
      ...corrections.map((c) => ({
        title: `Correction: ${c.title}`,
        // Absolute, so the feed keeps the #fragment as it is (a relative link gets a slash after it).
        link: new URL(c.href, context.site).href,
        description: `${c.wrong} Correct: ${c.right}`,
        pubDate: new Date(`${c.date}T00:00:00Z`),
        categories: ['Correction'],
        // Its own id: the link is the corrected page's, which the page's own item uses too.
        customData: `<guid isPermaLink="false">correction ${c.date} ${c.href}</guid>`,
      })),
      ...articles.map((a) => ({
        title: a.data.title,
        link: entryUrl('article', a.id),
        description: a.data.dek,
        pubDate: new Date(`${lastModified(a.data)}T00:00:00Z`),
        categories: ['Article', ...a.data.topics],
      })),
      ...events.map((e) => ({
        title: `${e.data.title} (${formatWhen(e.data).label})`,
        link: new URL(entryUrl('timeline', e.id), context.site).href,
        description: firstBlockText(e.body ?? ''),
        pubDate: new Date(`${asOf}T00:00:00Z`),
        categories: ['Timeline event'],
      })),
    ],
  });
};
