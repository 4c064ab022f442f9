/** One sharing card per article, and one for the site: /og/<article>.png, /og/site.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderShareCard } from '../../lib/share-card.ts';
import { SITE, TOPICS } from '../../config.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return [
    { params: { slug: 'site' }, props: { kicker: 'Explainer', title: SITE.title, dek: SITE.description } },
    ...articles.map((a) => ({ params: { slug: a.id }, props: { kicker: TOPICS[a.data.topics[0]!], title: a.data.title, dek: a.data.dek } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareCard({ ...(props as { kicker: string; title: string; dek: string }), site: SITE.title });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
