import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

/** Astro runs each hook of the integrations in the order the config lists them. */
const order = (config.integrations ?? []).flat().map((integration) => integration && integration.name);
const before = (first: string, then: string) => expect(order.indexOf(first)).toBeLessThan(order.indexOf(then));

describe('the build steps, in the order their hooks run', () => {
  it('puts the pages in place before the site checks read them', () => {
    expect(order).toContain('explainer-site-checks');
    // The Ukrainian 404 moved, and the pages handed over and their linked copies pruned (build:generated).
    before('explainer-edition-404', 'explainer-site-checks');
    before('explainer-rendered-pages', 'explainer-site-checks');
    // The links to the sitemap land once it is written (build:done).
    before('@astrojs/sitemap', 'explainer-site-checks');
  });

  it('stops on broken content before the heap is handed back, and hands pages on to the index', () => {
    before('explainer-content-checks', 'explainer-heap-after-sync');
    before('explainer-rendered-pages', 'explainer-pagefind');
    // Its build:done waits for the cards, which draw while the steps before it run.
    expect(order.at(-1)).toBe('explainer-share-cards');
  });
});
