/**
 * The Markdown collections as the content linter sees them: folder, schema,
 * and which frontmatter fields refer to entries elsewhere. (Sources, with
 * their own loader, are checked there.)
 */
import type { LintCollection } from '../lint.ts';
import { articleSchema } from './article.ts';
import { timelineSchema } from './timeline.ts';
import { glossarySchema } from './glossary.ts';
import { peopleSchema } from './people.ts';
import { questionSchema } from './question.ts';
import { trackSchema } from './track.ts';
import { pageSchema } from './page.ts';

export const MARKDOWN_COLLECTIONS: LintCollection[] = [
  {
    folder: 'articles',
    schema: articleSchema,
    bodyRequired: true,
    distinct: 'title',
    // /articles/2/ is the archive's second page.
    reservedIds: {
      pattern: /^\d+$/,
      problem: (id) => `the id "${id}" is all digits, but /articles/${id}/ is a page of the article archive.`,
      fix: (id) => `rename the file so its name has a word in it, e.g. "talks-${id}.md".`,
    },
  },
  // Two events may share a headline (two rounds of talks): the timeline tells them apart by their dates.
  { folder: 'timeline', schema: timelineSchema, bodyRequired: true, references: { people: 'people' } },
  { folder: 'glossary', schema: glossarySchema, bodyRequired: true, distinct: 'term' },
  { folder: 'people', schema: peopleSchema, bodyRequired: true, distinct: 'name', references: { tracks: 'tracks' } },
  {
    folder: 'questions',
    schema: questionSchema,
    bodyRequired: true,
    distinct: 'question',
    references: { link: 'articles' },
  },
  { folder: 'tracks', schema: trackSchema, bodyRequired: true, references: { events: 'timeline' } },
  { folder: 'pages', schema: pageSchema, bodyRequired: true },
];
