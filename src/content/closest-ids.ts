/**
 * The ids an editor most likely meant when a link or field names one that does not exist: the same id in other
 * letter case, without a slash or `.md`, misspelt by a letter or two, or a part of a longer id
 * ("zelensky" for "volodymyr-zelensky"). Messages offer these first, so the fix is one word away.
 */
import { distance } from 'fastest-levenshtein';

/** The id as it was most likely meant to be written: lower case, no slashes round it, no `.md`, hyphens. */
export const normalisedId = (wanted: string): string =>
  wanted
    .trim()
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.md$/, '')
    .replace(/[\s_]+/g, '-');

/** Up to `max` of `known`, nearest first, that `wanted` is likely a mistake for; none when nothing is close. */
export function closestIds(wanted: string, known: Iterable<string>, max = 3): string[] {
  const w = normalisedId(wanted);
  const near: Array<[number, string]> = [];
  for (const id of known) {
    if (id === w) return [id];
    const d = distance(w, id);
    const part = w.length >= 4 && (id.split('-').includes(w) || id.startsWith(`${w}-`) || id.endsWith(`-${w}`));
    if (d <= Math.max(2, Math.floor(id.length / 4)) || part) near.push([part ? Math.min(d, 1) : d, id]);
  }
  return near
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
    .slice(0, max)
    .map(([, id]) => id);
}

/** "did you mean a, b or c?" for a message, or "" when nothing is close. */
export function didYouMean(
  wanted: string,
  known: Iterable<string>,
  write: (id: string) => string = (id) => id,
): string {
  const ids = closestIds(wanted, known).map((id) => `"${write(id)}"`);
  if (ids.length === 0) return '';
  const list = ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
  return `did you mean ${list}? `;
}
