/** RSS feed of the articles and the timeline, linked from every page's <head>. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../config.ts';
import { formatWhen } from '../content/timeline-date.ts';
import { entryUrl } from '../urls.ts';
import { firstBlockText } from '../markdown/plain-text.ts';
import { ARTICLE_LISTS, latestFirst } from '../content/article-order.ts';

export const GET: APIRoute = async (context) => {
  // The latest articles only: a feed reader wants what is new, not the whole archive.
  const articles = (await getCollection('articles')).sort(latestFirst).slice(0, ARTICLE_LISTS.feed);
  const events = (await getCollection('timeline')).sort((a, b) => b.data.order - a.data.order);
  // Story events carry no publication date of their own; the feed dates them to the latest update.
  const asOf = articles[0]?.data.updated ?? '1970-01-01';
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site!,
    customData:
      `<language>${SITE.language}</language>` +
      `<lastBuildDate>${new Date(`${asOf}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
    items: [
      ...articles.map((a) => ({
        title: a.data.title,
        link: entryUrl('article', a.id),
        description: a.data.dek,
        pubDate: new Date(`${a.data.updated}T00:00:00Z`),
        categories: ['Article', ...a.data.topics],
      })),
      ...events.map((e) => ({
        title: `${e.data.title} (${formatWhen(e.data).label})`,
        link: entryUrl('timeline', e.id),
        description: firstBlockText(e.body ?? ''),
        pubDate: new Date(`${asOf}T00:00:00Z`),
        categories: ['Timeline event'],
      })),
    ],
  });
};
