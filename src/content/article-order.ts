/**
 * The order readers meet articles in outside the story itself: the latest
 * update first (the home page, the archive, the feed), the story's `order`
 * between articles updated the same day, so every build lists them alike.
 */
export interface Ordered {
  id: string;
  data: { updated: string; order: number };
}

export const latestFirst = (a: Ordered, b: Ordered): number =>
  b.data.updated.localeCompare(a.data.updated) || a.data.order - b.data.order || a.id.localeCompare(b.id);

/** How many articles each list shows: enough to browse, never so many that a page grows with the archive. */
export const ARTICLE_LISTS = {
  /** The latest articles on the home page; the archive has the rest. */
  home: 8,
  /** Articles per archive page (`/articles/`, `/articles/2/`, …). */
  archivePage: 50,
  /** The latest articles in the feed. */
  feed: 50,
} as const;
