/**
 * What every page runs at load (small, no dependencies): it only enhances.
 * - An anchor recorded as moved sends the reader on to its new place.
 * - A citation of several sentences marks the whole passage on the page it opens.
 * - The rest loads on first use (scripts/on-first-use.ts): a section's link copies its full address
 *   (copy-link.ts), citations and term links preview what they point at (previews.ts), and once the page
 *   scrolls, the contents mark the section being read and the language switch follows it (reading.ts).
 */
import './on-first-use.ts';

function followMovedAnchor(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const to = id ? document.getElementById(id)?.getAttribute('data-moved-to') : null;
  if (to) location.replace(to);
}

/**
 * A citation of several sentences ("sentences 13–14") links to the first; the
 * source page marks the rest of the passage too. The range travels in
 * sessionStorage from the click to the page it opens (the link stays a plain
 * link to the sentence, which without JavaScript is marked alone).
 */
function markCitedRange(): void {
  const KEY = 'cited-range';
  addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.cite-link');
    const ids = link?.dataset.cite?.split('#')[1];
    try {
      if (ids?.includes(',')) sessionStorage[KEY] = `${link!.href} ${ids}`;
    } catch {
      // Storage off: the first sentence is still marked.
    }
  });
  try {
    const [url, ids] = (sessionStorage[KEY] ?? '').split(' ');
    delete sessionStorage[KEY];
    if (url === location.href)
      for (const id of ids.split(',').slice(1)) document.getElementById(id)?.classList.add('in-cited-range');
  } catch {
    // As above.
  }
}

followMovedAnchor();
addEventListener('hashchange', followMovedAnchor);
markCitedRange();
