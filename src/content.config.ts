/**
 * The content collections Astro reads (defined in content/collections.ts).
 *
 * A build loads them with Node itself, not through Vite's module runner. The runner took each module of the
 * graph in turn through Vite's plugins, Astro's content runtime (`astro:content`) included, before content could
 * sync; while the content check's workers held both cores that took seconds. Node already holds most of these
 * modules, loaded with the Astro configuration. The dev server loads them through Vite, which reloads them when
 * a schema or loader is edited.
 */
import { defineCollection } from 'astro/content/config';

type Collections = typeof import('./content/collections.ts');
// A function made this way is not rewritten by Vite: its import() is Node's own.
const importWithNode = new Function('url', 'return import(url)') as (url: string) => Promise<Collections>;
const collectionsModule = new URL('./content/collections.ts', import.meta.url).href;

const d = import.meta.env.EXPLAINER_DEV_SERVER
  ? (await import('./content/collections.ts')).definitions
  : (await importWithNode(collectionsModule)).definitions;

export const collections = {
  sources: defineCollection(d.sources),
  articles: defineCollection(d.articles),
  timeline: defineCollection(d.timeline),
  glossary: defineCollection(d.glossary),
  people: defineCollection(d.people),
  questions: defineCollection(d.questions),
  comparison: defineCollection(d.comparison),
  tracks: defineCollection(d.tracks),
  pages: defineCollection(d.pages),
  ukArticles: defineCollection(d.ukArticles),
  ukTimeline: defineCollection(d.ukTimeline),
  ukGlossary: defineCollection(d.ukGlossary),
  ukPeople: defineCollection(d.ukPeople),
  ukQuestions: defineCollection(d.ukQuestions),
  ukTracks: defineCollection(d.ukTracks),
  ukPages: defineCollection(d.ukPages),
  ukComparison: defineCollection(d.ukComparison),
  ukSources: defineCollection(d.ukSources),
};
