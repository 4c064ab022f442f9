/** The site's own settings, in one place. Its words, in every edition, are in src/i18n/strings.ts. */

/** Topics an article may carry (their English names); they become search filters. */
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
