/** RSS feed of corrections, the articles and the timeline, one per edition, linked from its pages' <head>. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { formatWhen } from '../../content/timeline-date.ts';
import { entryUrl } from '../../urls.ts';
import { firstBlockText } from '../../markdown/plain-text.ts';
import { ARTICLE_LISTS, latestFirst } from '../../content/article-order.ts';
import { allCorrections } from '../../publish/corrections-list.ts';
import { lastModified } from '../../content/last-modified.ts';
import { editionPaths } from '../../i18n/editions-routes.ts';
import { localizedCollection } from '../../i18n/localized.ts';
import type { Lang } from '../../i18n/languages.ts';
import { strings } from '../../i18n/strings.ts';
import { formatWhenIn } from '../../i18n/when.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async (context) => {
  const { lang } = context.props as { lang: Lang };
  const t = strings[lang];
  // The latest articles only: a feed reader wants what is new, not the whole archive.
  const articles = (await localizedCollection('articles', lang)).sort(latestFirst).slice(0, ARTICLE_LISTS.feed);
  const corrections = await allCorrections(lang);
  const events = (await localizedCollection('timeline', lang)).sort((a, b) => b.data.order - a.data.order);
  // Story events carry no publication date of their own; the feed dates them to the latest update.
  const asOf = [articles[0] ? lastModified(articles[0].data) : '1970-01-01', ...corrections.map((c) => c.date)]
    .sort()
    .at(-1)!;
  const when = (e: (typeof events)[number]) => (lang === 'en' ? formatWhen(e.data) : formatWhenIn(e.data, lang)).label;
  return rss({
    title: t.site.title,
    description: t.site.description,
    site: context.site!,
    customData:
      `<language>${lang}</language>` + `<lastBuildDate>${new Date(`${asOf}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
    items: [
      // Corrections first and in their own right, so a reader who saw the mistake sees the correction.
      ...corrections.map((c) => ({
        title: t.correction.feedTitle(c.title),
        // Absolute, so the feed keeps the #fragment as it is (a relative link gets a slash after it).
        link: new URL(c.href, context.site).href,
        description: `${c.wrong} ${t.correction.right} ${c.right}`,
        pubDate: new Date(`${c.date}T00:00:00Z`),
        categories: [t.correction.feedCategory],
        // Its own id: the link is the corrected page's, which the page's own item uses too.
        customData: `<guid isPermaLink="false">correction ${c.date} ${c.href}</guid>`,
      })),
      ...articles.map((a) => ({
        title: a.data.title,
        link: entryUrl('article', a.id, undefined, lang),
        description: a.data.dek,
        pubDate: new Date(`${lastModified(a.data)}T00:00:00Z`),
        // English keeps the topic ids it always had; another edition names them in its words.
        categories: [t.feed.article, ...a.data.topics.map((topic) => (lang === 'en' ? topic : t.topics[topic]))],
      })),
      ...events.map((e) => ({
        title: `${e.data.title} (${when(e)})`,
        link: new URL(entryUrl('timeline', e.id, undefined, lang), context.site).href,
        description: firstBlockText(e.body ?? ''),
        pubDate: new Date(`${asOf}T00:00:00Z`),
        categories: [t.feed.event],
      })),
    ],
  });
};
