/** Our own dates (YYYY-MM-DD: edits, changes, corrections) as a reader reads them: "2 December 2026". */
export const longDate = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
