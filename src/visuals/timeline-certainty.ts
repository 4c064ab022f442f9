/**
 * How firmly the sources fix an event in time, for drawing it: a date with a
 * year is `known`; a day or month with no year is `partial`; the source's own
 * relative words ("in the coming days") are `relative`; nothing is `unknown`.
 * Only `known` may be drawn as a plain, solid point on the line.
 */
import { formatWhen, type TimelineWhen } from '../content/timeline-date.ts';

export type Certainty = 'known' | 'partial' | 'relative' | 'unknown';

export function certainty(when: TimelineWhen): Certainty {
  const { precision } = formatWhen(when);
  if (precision === 'relative' || precision === 'unknown') return precision;
  return when.date?.year !== undefined ? 'known' : 'partial';
}

/** What each way of drawing means, for the legend (and for readers without the drawing). */
export const CERTAINTY_LEGEND: Record<Certainty, string> = {
  known: 'Date given in full',
  partial: 'Day and month given, no year',
  relative: 'Only the source’s relative words, no date',
  unknown: 'Date not given',
};

/** One event as the drawn timeline shows it. */
export interface StripEvent {
  id: string;
  title: string;
  when: TimelineWhen;
  /** Where the event's entry is (`#id` on the timeline page, a full URL elsewhere). */
  href: string;
  /** One link per source the event cites, to the first sentence it cites there. */
  sources?: Array<{ href: string; label: string; sentence: string }>;
}
