/**
 * When the search box searches as the reader types. A word of a few letters matches every word it begins, and
 * Pagefind fetches those words' index chunks too, beyond the ones the finished word needs: a query of short words
 * waits for a real pause (or Enter). A longer word's chunks are fetched as it is typed (engine.ts), and its search
 * runs at once for a reader who types at a reading pace, or once a fast typist stops for a moment, so that each
 * keystroke does not start a search the next one throws away.
 */

/** Letters a word needs before it is narrow enough to search, or to fetch its chunks, as it is typed. */
export const NARROW_FROM = 4;
/** How long a query of short words waits for the next keystroke. */
export const PAUSE_MS = 300;
/** How long a fast typist's query waits for the next keystroke. */
export const QUIET_MS = 60;
/** Keystrokes further apart than this are a reader's pace: the search does not wait for the next one. */
export const SLOW_KEYS_MS = 120;

/** Whether a query's words are narrow enough to search, or to fetch their chunks for, while they are typed. */
export const isNarrow = (words: readonly string[]): boolean => words.some((word) => word.length >= NARROW_FROM);

/** Milliseconds to wait before searching `words` (the query's words), typed `sincePreviousKey` ms after the last. */
export function searchDelay(words: readonly string[], sincePreviousKey: number): number {
  if (!isNarrow(words)) return PAUSE_MS;
  return sincePreviousKey >= SLOW_KEYS_MS ? 0 : QUIET_MS;
}
