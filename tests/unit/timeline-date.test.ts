import { describe, expect, it } from 'vitest';
import { dateProblem, formatWhen } from '../../src/content/timeline-date.ts';

describe('dateProblem', () => {
  it('accepts partial dates', () => {
    expect(dateProblem({ month: 4, day: 21 })).toBeUndefined();
    expect(dateProblem({ year: 2024 })).toBeUndefined();
    expect(dateProblem({ month: 2, day: 29 })).toBeUndefined(); // no year: a leap year is possible
  });

  it('rejects impossible and malformed dates', () => {
    expect(dateProblem({ month: 2, day: 31 })).toMatch(/February 31 does not exist/);
    expect(dateProblem({ year: 2023, month: 2, day: 29 })).toMatch(/does not exist/);
    expect(dateProblem({ month: 13 })).toMatch(/month 13/);
    expect(dateProblem({ day: 3 })).toMatch(/without a month/);
  });
});

describe('formatWhen', () => {
  it('says when the year is not given, with no machine-readable date', () => {
    expect(formatWhen({ date: { month: 4, day: 21 } })).toEqual({
      label: '21 April (year not given)',
      precision: 'day',
    });
    expect(formatWhen({ date: { month: 4 } })).toEqual({ label: 'April (year not given)', precision: 'month' });
  });
  it('quotes relative wording and never invents a date', () => {
    expect(formatWhen({ relative: 'in the coming days' })).toEqual({
      label: '“in the coming days”, no date given',
      precision: 'relative',
    });
    expect(formatWhen({})).toEqual({ label: 'Date not given', precision: 'unknown' });
  });
  it('formats full dates', () => {
    expect(formatWhen({ date: { year: 2025, month: 4, day: 1 } })).toMatchObject({
      label: '1 April 2025',
      datetime: '2025-04-01',
    });
  });
});
