/**
 * Dates exactly as precise as the sources allow. A source may give a day and
 * month with no year ("April 21"), only relative words ("in the coming days",
 * "earlier this week"), or nothing at all; we show that honestly and never
 * fill a gap with a guess.
 */

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface TimelineWhen {
  date?: PartialDate;
  /** The source's own words when it gives no calendar date. */
  relative?: string;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days in a month; with no year, February allows 29 (a leap year cannot be ruled out). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a partial date is impossible or malformed, or `undefined` when it is fine. */
export function dateProblem(d: PartialDate): string | undefined {
  if (d.day !== undefined && d.month === undefined) return 'a day is given without a month';
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return `month ${d.month} does not exist (use 1–12)`;
  if (d.day !== undefined && d.month !== undefined) {
    const max = daysInMonth(d.month, d.year);
    if (d.day < 1 || d.day > max) {
      const month = MONTHS[d.month - 1];
      return `${month} ${d.day}${d.year ? `, ${d.year}` : ''} does not exist (${month} has ${max} days)`;
    }
  }
  return undefined;
}

/** How the date reads on the page, saying what is not known. */
export function formatWhen(when: TimelineWhen): {
  label: string;
  precision: 'day' | 'month' | 'year' | 'relative' | 'unknown';
  datetime?: string;
} {
  const d = when.date;
  if (d && (d.year !== undefined || d.month !== undefined)) {
    const month = d.month ? MONTHS[d.month - 1] : undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (d.year !== undefined) {
      const label = [d.day, month, d.year].filter((x) => x !== undefined).join(' ');
      const datetime = [String(d.year), d.month && pad(d.month), d.day && pad(d.day)].filter(Boolean).join('-');
      return { label, precision: d.day ? 'day' : d.month ? 'month' : 'year', datetime };
    }
    // No machine-readable date without a year: the W3C checker refuses "--MM-DD" in <time datetime>.
    const label = `${d.day ? `${d.day} ` : ''}${month} (year not given)`;
    return { label, precision: d.day ? 'day' : 'month' };
  }
  if (when.relative) return { label: `“${when.relative}”, no date given`, precision: 'relative' };
  return { label: 'Date not given', precision: 'unknown' };
}
