/**
 * Pagefind centres an excerpt on the words that matched, so when they are in an entry's title or a section's
 * heading, the excerpt opens with that title again, right under the result's heading. This takes those
 * words off the front and leaves the text that follows.
 */

/** A word as compared: its letters and digits, lower-cased, without the highlight around it. */
const wordOf = (token: string) =>
  token
    .replace(/<\/?mark>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * `html` (an excerpt: text and <mark>s) without the words it opens with when they are the end of `title`
 * (all of it, or its last words: the excerpt may start inside it). Unchanged when it opens otherwise, or
 * when nothing else would be left.
 */
export function withoutLead(html: string, title: string): string {
  const tokens = html.split(/(\s+)/);
  // Indexes of the tokens that are words, and the words: punctuation alone (a dash, a dot) is passed over.
  const at: number[] = [];
  const words: string[] = [];
  tokens.forEach((token, i) => {
    const word = wordOf(token);
    if (word) {
      at.push(i);
      words.push(word);
    }
  });
  const titleWords = title.split(/\s+/).map(wordOf).filter(Boolean);
  let taken = -1;
  for (let k = 0; k < titleWords.length && taken < 0; k++) {
    const tail = titleWords.slice(k);
    // Starting inside the title: two words at least, so one common word is no match.
    if ((k === 0 || tail.length >= 2 || titleWords.length === 1) && tail.every((w, i) => words[i] === w))
      taken = tail.length;
  }
  if (taken < 0 || taken >= words.length) return html;
  const dropped = tokens.slice(0, at[taken]).join('');
  // A highlight opened in the words taken off and closed after them stays open.
  const open = (dropped.match(/<mark>/g)?.length ?? 0) > (dropped.match(/<\/mark>/g)?.length ?? 0);
  return (open ? '<mark>' : '') + tokens.slice(at[taken]).join('');
}
