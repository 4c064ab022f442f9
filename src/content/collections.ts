/**
 * The content model: the collections under the top-level `content/` folder
 * (or `EXPLAINER_CONTENT_DIR`, used by tests and the benchmark), each a loader and a schema. Astro takes them
 * from src/content.config.ts.
 *
 * Markdown is rendered once, while content syncs (faster and lighter than
 * compiling every entry as a module). Astro only logs errors thrown there, so
 * our plugins also record them and the build stops on them before any page is
 * written (publish/content-checks.ts).
 */
import { defineCollection } from 'astro/content/config';
import { existsSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { timelineSchema } from './schemas/timeline.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { peopleSchema } from './schemas/people.ts';
import { questionSchema } from './schemas/question.ts';
import { sourceSchema } from './schemas/source.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { trackSchema } from './schemas/track.ts';
import { pageSchema } from './schemas/page.ts';
import { sourcesLoader } from './loaders/sources-loader.ts';
import { comparisonLoader } from './loaders/comparison-loader.ts';
import { oneChangeAtATime } from './loaders/one-change-at-a-time.ts';
import { markdownLoader } from './loaders/markdown-loader.ts';
import { contentDir, entryIdOf } from './files.ts';
import {
  TRANSLATION_SCHEMAS,
  comparisonTranslationFrontmatterSchema,
  comparisonTranslationSchema,
  sourceTranslationSchema,
} from './schemas/translation.ts';

/** Entry id = file name without `.md` (files.ts), so ids are exactly the anchors editors chose (markdown-loader.ts). */
const markdown = (folder: string, options: { retainBody?: boolean } = {}) =>
  existsSync(`${contentDir}/${folder}`)
    ? oneChangeAtATime(markdownLoader({ base: `${contentDir}/${folder}`, ...options }))
    : nothing;

/**
 * Articles are most of a large site's content; pages read what they need of their text from the render
 * (markdown/remark-reading-text.ts), so the store keeps no second copy of the Markdown.
 */
const WITHOUT_BODY = { retainBody: false };

/** A collection whose folder is absent (an edition this content does not have) is empty, without a warning. */
const nothing = { name: 'explainer-absent', load: async ({ store }: { store: { clear(): void } }) => store.clear() };

export const collections = {
  sources: defineCollection({
    loader: oneChangeAtATime(sourcesLoader({ base: `${contentDir}/sources` })),
    schema: sourceSchema,
  }),
  articles: defineCollection({ loader: markdown('articles', WITHOUT_BODY), schema: articleSchema }),
  timeline: defineCollection({ loader: markdown('timeline'), schema: timelineSchema }),
  glossary: defineCollection({ loader: markdown('glossary'), schema: glossarySchema }),
  people: defineCollection({ loader: markdown('people'), schema: peopleSchema }),
  questions: defineCollection({ loader: markdown('questions'), schema: questionSchema }),
  comparison: defineCollection({
    loader: oneChangeAtATime(comparisonLoader({ base: `${contentDir}/comparison` })),
    schema: comparisonSchema,
  }),
  tracks: defineCollection({ loader: markdown('tracks'), schema: trackSchema }),
  /** Pages about the site itself, such as /methods/. */
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),

  /** The Ukrainian edition: the words of each English file of the same name (schemas/translation.ts). */
  ukArticles: defineCollection({
    loader: markdown('uk/articles', WITHOUT_BODY),
    schema: TRANSLATION_SCHEMAS.articles,
  }),
  ukTimeline: defineCollection({ loader: markdown('uk/timeline'), schema: TRANSLATION_SCHEMAS.timeline }),
  ukGlossary: defineCollection({ loader: markdown('uk/glossary'), schema: TRANSLATION_SCHEMAS.glossary }),
  ukPeople: defineCollection({ loader: markdown('uk/people'), schema: TRANSLATION_SCHEMAS.people }),
  ukQuestions: defineCollection({ loader: markdown('uk/questions'), schema: TRANSLATION_SCHEMAS.questions }),
  ukTracks: defineCollection({ loader: markdown('uk/tracks'), schema: TRANSLATION_SCHEMAS.tracks }),
  ukPages: defineCollection({ loader: markdown('uk/pages'), schema: TRANSLATION_SCHEMAS.pages }),
  ukComparison: defineCollection({
    loader: oneChangeAtATime(
      comparisonLoader({
        base: `${contentDir}/uk/comparison`,
        sources: `${contentDir}/sources`,
        schema: comparisonTranslationFrontmatterSchema,
      }),
    ),
    schema: comparisonTranslationSchema,
  }),
  ukSources: defineCollection({
    loader: !existsSync(`${contentDir}/uk/sources`)
      ? nothing
      : oneChangeAtATime(
          glob({
            pattern: ['*.yaml'],
            base: `${contentDir}/uk/sources`,
            generateId: ({ entry }) => entryIdOf(entry).replace(/\.yaml$/, ''),
          }),
        ),
    schema: sourceTranslationSchema,
  }),
};
