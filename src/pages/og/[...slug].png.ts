/**
 * Sharing cards on the dev server: /og/<article>.png, /og/site.png and /og/uk/…, drawn on
 * request. A build draws them all in worker threads while Astro renders pages
 * (src/publish/share-cards/integration.ts), so this route publishes nothing itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardsFor } from '../../publish/share-cards/card.ts';
import { contentDir } from '../../content/files.ts';

export const getStaticPaths = (() =>
  import.meta.env.EXPLAINER_DEV_SERVER
    ? shareCardsFor(contentDir).map(({ slug, card }) => ({ params: { slug }, props: { card } }))
    : []) satisfies GetStaticPaths;

// The drawing code loads with the first card asked for: a build's page rendering never needs it.
export const GET: APIRoute = async ({ props }) => {
  const { renderShareCard } = await import('../../publish/share-cards/draw-on-request.ts');
  return new Response(new Uint8Array(renderShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
};
