/** The site's own settings, in one place. */

export const SITE = {
  title: 'The London talks, explained',
  shortTitle: 'London talks explained',
  description:
    'An explainer on the London talks on ending the war in Ukraine, built only from its source texts: ' +
    'every claim links to the sentence it rests on.',
  language: 'en',
} as const;

/** Topics an article may carry; they become search filters. */
export const TOPICS = {
  overview: 'Overview',
  participants: 'Who takes part',
  sanctions: 'Sanctions',
  territory: 'Crimea and the territories',
  security: 'Security guarantees',
  diplomacy: 'Diplomatic tracks',
  positions: 'Positions',
  outlook: 'What comes next',
  sources: 'The sources',
} as const;

export type Topic = keyof typeof TOPICS;
